package dev.taiwa.service.edge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP/1.1 written byte for byte on a socket: malformed request lines, escapes, charsets and bodies
 * that well-behaved clients refuse to send. One connection per request ({@code Connection: close}).
 */
final class WireClient {
  private final String host;
  private final int port;

  WireClient(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** What came back: the status (0 when the server closed without answering) and the raw text. */
  record Reply(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return null;
    }
  }

  Reply send(String method, String target, Map<String, String> headers, byte[] body) {
    try (Socket socket = new Socket(host, port)) {
      socket.setSoTimeout(60_000);
      StringBuilder head = new StringBuilder();
      head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
      head.append("Host: ").append(host).append(':').append(port).append("\r\n");
      head.append("Connection: close\r\n");
      headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
      if (body != null) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = socket.getOutputStream();
      try {
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
          out.write(body);
        }
        out.flush();
      } catch (SocketException e) {
        // The server may answer (413) and close before it read the whole body.
      }
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + abbreviated(target), e);
    }
  }

  private static Reply read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        all.write(buffer, 0, n);
      }
    } catch (SocketException e) {
      // reset after the answer: keep what came
    }
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    if (!text.matches("(?s)HTTP/1\\.[01] \\d{3}.*") || end < 0) {
      return new Reply(0, text, "");
    }
    int status = Integer.parseInt(text.substring(9, 12));
    return new Reply(status, text.substring(0, end), text.substring(end + 4));
  }

  static String abbreviated(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "…" : text;
  }
}
