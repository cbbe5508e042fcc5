package org.govdisclosure.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/** A real HDFS in this JVM: a NameNode and a DataNode on loopback ports, storing under a local folder. */
final class MiniHdfs implements RemoteStore {

  private final MiniDFSCluster cluster;

  private MiniHdfs(MiniDFSCluster cluster) {
    this.cluster = cluster;
  }

  static MiniHdfs start(Path dir) throws IOException {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.toString());
    MiniDFSCluster cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
    cluster.waitActive();
    return new MiniHdfs(cluster);
  }

  @Override
  public String root() {
    return "hdfs://127.0.0.1:" + cluster.getNameNodePort() + "/";
  }

  @Override
  public List<String> options() {
    return List.of("--hdfsConfiguration=[{\"fs.defaultFS\": \"" + root() + "\"}]");
  }

  @Override
  public void close() {
    cluster.shutdown();
  }
}
