package dev.taiwa.service.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * In production the metrics are never served on the public port: without a management port ({@code
 * TAIWA_MANAGEMENT_PORT}) {@code /prometheus} answers 404 to everyone; with one, it answers only
 * there.
 */
@ServerFilter("/prometheus")
@Requires(property = "taiwa.mode", value = "production")
final class PublicMetricsRefusal implements Ordered {
  private final ManagementPort management;

  PublicMetricsRefusal(ManagementPort management) {
    this.management = management;
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.SECURITY.before();
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> refuseOffTheManagementPort(HttpRequest<?> request) {
    int arrivedOn = request.getServerAddress().getPort();
    if (management.port().filter(port -> port == arrivedOn).isPresent()) {
      return null;
    }
    return ClientError.forStatus(HttpStatus.NOT_FOUND).response();
  }
}
