package org.govdisclosure.pipeline;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A port free on the loopback interface, for a server a test starts. */
final class LoopbackPort {

  private LoopbackPort() {}

  static int free() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
