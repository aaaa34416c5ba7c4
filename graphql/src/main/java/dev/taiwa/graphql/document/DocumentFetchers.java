package dev.taiwa.graphql.document;

import static graphql.schema.idl.TypeRuntimeWiring.newTypeWiring;

import dev.taiwa.cases.document.application.DocumentCommands;
import dev.taiwa.cases.document.application.DocumentQueries;
import dev.taiwa.cases.document.model.DocumentKind;
import dev.taiwa.cases.document.model.IssuedDocument;
import dev.taiwa.cases.identity.UserIdVisibility;
import dev.taiwa.cases.kernel.CaseId;
import dev.taiwa.cases.kernel.ErrorCode;
import dev.taiwa.cases.kernel.Rejection;
import dev.taiwa.cases.patent.application.PatentApplicationView;
import dev.taiwa.cases.patent.confirmation.application.PriorConfirmationView;
import dev.taiwa.cases.prereport.model.PreReport;
import dev.taiwa.graphql.identity.PersonLoader;
import dev.taiwa.graphql.support.Ids;
import dev.taiwa.graphql.support.RequestActor;
import dev.taiwa.graphql.support.SchemaWiring;
import graphql.schema.AsyncDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Documents over GraphQL: {@code generateDocument}, {@code verifyDocument}, {@code
 * documentsByNumber} and the {@code documents} of pre-reports and patent applications. Downloads go
 * over HTTP, not GraphQL.
 */
public final class DocumentFetchers {
  private final DocumentCommands commands;
  private final DocumentQueries queries;
  private final Executor executor;

  public DocumentFetchers(DocumentCommands commands, DocumentQueries queries, Executor executor) {
    this.commands = commands;
    this.queries = queries;
    this.executor = executor;
  }

  /** What {@code generateDocument} answers. */
  public record DocumentPayload(IssuedDocument document, List<Rejection> errors) {}

  public void wire(SchemaWiring wiring) {
    wiring
        .mutation("generateDocument", AsyncDataFetcher.async(this::generate, executor))
        .mutation("verifyDocument", AsyncDataFetcher.async(this::verify, executor))
        .query("documentsByNumber", AsyncDataFetcher.async(this::byNumber, executor))
        .type(
            newTypeWiring("IssuedDocument")
                .dataFetcher("id", env -> document(env).id().toString())
                .dataFetcher("caseId", env -> document(env).caseId().toString())
                .dataFetcher(
                    "generatedById",
                    env ->
                        UserIdVisibility.showsIds(RequestActor.require(env))
                            ? document(env).generatedBy().toString()
                            : null)
                .dataFetcher(
                    "generatedBy", env -> PersonLoader.load(env, document(env).generatedBy()))
                .dataFetcher("downloadPath", env -> "/documents/" + document(env).id() + ".pdf"))
        .type(
            newTypeWiring("DocumentVerification")
                .dataFetcher(
                    "issued", env -> env.<DocumentQueries.Verification>getSource().issued())
                .dataFetcher(
                    "document",
                    env -> env.<DocumentQueries.Verification>getSource().document().orElse(null)))
        .enumeration("DocumentKind", DocumentKind.class);
  }

  /** {@code PreReport.documents}, batched. */
  public TypeRuntimeWiring.Builder preReportEdges(TypeRuntimeWiring.Builder preReport) {
    return preReport.dataFetcher(
        "documents", env -> DocumentLoader.load(env, env.<PreReport>getSource().id()));
  }

  /** {@code PriorConfirmation.documents}, batched. */
  public TypeRuntimeWiring.Builder priorConfirmationEdges(TypeRuntimeWiring.Builder request) {
    return request.dataFetcher(
        "documents",
        env -> DocumentLoader.load(env, env.<PriorConfirmationView>getSource().request().id()));
  }

  /** {@code PatentApplication.documents}, batched. */
  public TypeRuntimeWiring.Builder patentEdges(TypeRuntimeWiring.Builder application) {
    return application.dataFetcher(
        "documents",
        env -> DocumentLoader.load(env, env.<PatentApplicationView>getSource().application().id()));
  }

  private DocumentPayload generate(DataFetchingEnvironment env) {
    var actor = RequestActor.require(env);
    return Ids.uuid(env.getArgument("caseId"))
        .map(CaseId::new)
        .map(
            id -> {
              var result = commands.generate(actor, id, kind(env.getArgument("kind")));
              return new DocumentPayload(result.value().orElse(null), result.errors());
            })
        .orElseGet(
            () ->
                new DocumentPayload(
                    null,
                    List.of(Rejection.onField(ErrorCode.NOT_FOUND, "caseId", "No such case."))));
  }

  private Object byNumber(DataFetchingEnvironment env) {
    return queries.byNumber(RequestActor.require(env), env.getArgument("number"));
  }

  private Object verify(DataFetchingEnvironment env) {
    var actor = RequestActor.require(env);
    byte[] pdf;
    try {
      pdf = Base64.getMimeDecoder().decode((String) env.getArgument("pdfBase64"));
    } catch (IllegalArgumentException e) {
      return new DocumentQueries.Verification(false, java.util.Optional.empty());
    }
    return queries.verify(actor, pdf);
  }

  private static DocumentKind kind(Object argument) {
    return argument instanceof DocumentKind kind ? kind : DocumentKind.valueOf(argument.toString());
  }

  private static IssuedDocument document(DataFetchingEnvironment env) {
    return env.getSource();
  }
}
