package dev.taiwa.service.console;

import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the revision pages answer: the page (403 when the use case refuses the caller, 422 with the
 * problems when it refuses the revision), a redirect to it once stored, and an uploaded file's text
 * (UTF-8 only).
 */
final class RevisionAnswers {
  private RevisionAnswers() {}

  static HttpResponse<?> page(RevisionPage page, HttpStatus status) {
    return HttpResponse.status(status)
        .body(new ModelAndView<>("console/revisions", Map.of("page", page)));
  }

  static HttpResponse<?> stored(String path) {
    return HttpResponse.seeOther(URI.create(path + "?done=stored"));
  }

  static boolean forbidden(List<Rejection> problems) {
    return problems.stream().anyMatch(p -> p.code() == ErrorCode.FORBIDDEN);
  }

  /** The uploaded file's text; empty when no file was chosen or it is not UTF-8. */
  static Optional<String> text(CompletedFileUpload file) {
    if (file == null || file.getSize() == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(file.getBytes()))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The file's name as the browser sent it, without folders. */
  static String name(CompletedFileUpload file) {
    String name = file == null ? "" : file.getFilename();
    return name == null ? "" : name.replaceAll(".*[/\\\\]", "");
  }
}
