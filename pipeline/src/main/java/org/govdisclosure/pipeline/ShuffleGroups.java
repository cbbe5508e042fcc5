package org.govdisclosure.pipeline;

/**
 * How the pipeline's shuffles key their elements: by a hash of the real key (a report id, an issuer, a partition)
 * into a fixed number of groups, each group then telling its keys apart in memory. A group per real key made the
 * direct runner run a bundle per key, thousands in a run, each re-creating its evaluator and deserializing its DoFn
 * at far more cost than the key's own work. With {@value #COUNT} groups a group holds about 1/{@value #COUNT} of
 * what a step shuffles, and both cores stay busy on every runner.
 */
final class ShuffleGroups {

  static final int COUNT = 64;

  private ShuffleGroups() {}

  /** The group of a key: the same on every worker and in every run (String hashes are specified). */
  static int of(String key) {
    return Math.floorMod(key.hashCode(), COUNT);
  }
}
