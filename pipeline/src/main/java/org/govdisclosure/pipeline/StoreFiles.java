package org.govdisclosure.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.util.MimeTypes;

/**
 * Files on any store Beam has a file system for (local, {@code hdfs://}, {@code s3://}), through
 * {@link FileSystems}: what a run needs beside its pipeline to publish an output on a cluster store.
 */
final class StoreFiles {

  private StoreFiles() {}

  static ResourceId folder(String location) {
    return FileSystems.matchNewResource(location, true);
  }

  static ResourceId file(ResourceId folder, String relative) {
    return folder.resolve(relative, StandardResolveOptions.RESOLVE_FILE);
  }

  /** The files a pattern matches; none when it matches nothing. */
  static List<MatchResult.Metadata> match(String pattern) throws IOException {
    List<MatchResult.Metadata> files = new ArrayList<>();
    for (MatchResult.Metadata m : FileSystems.match(pattern, EmptyMatchTreatment.ALLOW).metadata()) {
      if (!m.resourceId().isDirectory()) {
        files.add(m);
      }
    }
    return files;
  }

  /**
   * Every file beneath a folder, at any depth. Matched as {@code *} and {@code **}, as not every store's {@code **}
   * takes the folder's own files; HDFS then also lists subfolders as if they were files, which are left out by their
   * contents (an empty HDFS folder still comes out as a file of 0 bytes).
   */
  static List<MatchResult.Metadata> under(ResourceId folder) throws IOException {
    TreeMap<String, MatchResult.Metadata> files = new TreeMap<>();
    for (String pattern : List.of(folder + "*", folder + "**")) {
      match(pattern).forEach(m -> files.put(m.resourceId().toString(), m));
    }
    files.keySet().removeIf(path -> {
      String beneath = files.higherKey(path + "/");
      return files.containsKey(path + "/") || (beneath != null && beneath.startsWith(path + "/"));
    });
    return new ArrayList<>(files.values());
  }

  /** The path of a file beneath {@code folder}, relative to it, with {@code /} between names. */
  static String relative(ResourceId folder, ResourceId file) {
    String prefix = folder.toString();
    String path = file.toString();
    if (!path.startsWith(prefix)) {
      throw new IllegalArgumentException(path + " is not beneath " + prefix);
    }
    return path.substring(prefix.length());
  }

  static boolean exists(ResourceId file) throws IOException {
    return !match(file.toString()).isEmpty();
  }

  static byte[] read(ResourceId file) throws IOException {
    try (InputStream in = Channels.newInputStream(FileSystems.open(file))) {
      return in.readAllBytes();
    }
  }

  static void write(ResourceId file, byte[] bytes) throws IOException {
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(file, MimeTypes.BINARY))) {
      out.write(bytes);
    }
  }

  static void upload(Path local, ResourceId file) throws IOException {
    write(file, Files.readAllBytes(local));
  }

  /** Copies every file beneath {@code folder} whose relative path {@code wanted} accepts into {@code local}. */
  static void download(ResourceId folder, Path local, Predicate<String> wanted) throws IOException {
    for (MatchResult.Metadata m : under(folder)) {
      String relative = relative(folder, m.resourceId());
      if (wanted.test(relative)) {
        Path target = local.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.write(target, read(m.resourceId()));
      }
    }
  }

  static void delete(List<ResourceId> files) throws IOException {
    FileSystems.delete(files, MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
  }
}
