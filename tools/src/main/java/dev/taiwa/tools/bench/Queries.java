package dev.taiwa.tools.bench;

/** The GraphQL documents the benchmark sends, as a client of the API writes them. */
final class Queries {
  private Queries() {}

  static final String PAGE_FIELDS =
      "edges { cursor node { id reference state createdAt technologies { number nameJa }"
          + " counterparty { nameOriginal nameRomanised countryCode } } }"
          + " pageInfo { hasNextPage endCursor }";

  /** Q1: the newest 20 pre-reports with technologies and counterparty. */
  static final String NEWEST = "query { preReports(first: 20) { " + PAGE_FIELDS + " } }";

  /** Q3: 20 pre-reports filtered by technology and destination country. */
  static final String FILTERED =
      "query($t: Int!, $c: String!) { preReports(first: 20, filter: {technologyNumber: $t,"
          + " destinationCountry: $c}) { "
          + PAGE_FIELDS
          + " } }";

  /** The newest 20 pre-reports holding every word of a search. */
  static final String SEARCH =
      "query($s: String!) { preReports(first: 20, filter: {search: $s}) { " + PAGE_FIELDS + " } }";

  /** A page behind a cursor (the deep page). */
  static final String AFTER =
      "query($after: String, $first: Int!) { preReports(first: $first, after: $after) { "
          + PAGE_FIELDS
          + " } }";

  /** A page of cases in dialogue, for finding the benchmark's targets. */
  static final String IN_DIALOGUE =
      "query($after: String) { preReports(first: 100, after: $after, filter: {states:"
          + " [IN_DIALOGUE]}) { "
          + PAGE_FIELDS
          + " } }";

  /** Q2: one case with its meetings and concerns. */
  static final String CASE_WITH_DIALOGUE =
      "query($id: ID!) { preReport(id: $id) { id reference state"
          + " meetings { id state startsAt place minutes { text visibility } }"
          + " concerns { id state description answers { text dueDate } } } }";

  /** What a dialogue officer opens: the case with everything around it. */
  static final String CASE_DETAIL =
      "query($id: ID!) { preReport(id: $id) { id reference state version organisation { name }"
          + " contact { name department email } technologyNumbers technologies { number nameJa }"
          + " transactionType"
          + " counterparty { nameOriginal nameRomanised countryCode relationship } plannedDate"
          + " technologyDescription managementMeasures submittedAt leadTime { status explanation }"
          + " availableActions officer { name office }"
          + " meetings { id state startsAt place attendingOfficials { name } minutes { text } }"
          + " concerns { id state description answers { text dueDate } }"
          + " deadlines { id subject ruleName dueDate status explanation }"
          + " timeline { at eventType labelJa actorLabel } documents { id kind } } }";

  /** A reviewer's list of patent applications with the review edges. */
  static final String PATENTS =
      "query { patentApplications(first: 20) { edges { node { id applicationNumber state"
          + " secretWithheld title filingDate designation { designatedOn periodEnd }"
          + " foreignFilingGate { status since } reviewRecords { id kind date }"
          + " trackDeadlines { subject due status } } } } }";

  static final String CREATE_DRAFT =
      "mutation($in: PreReportInput!) { createPreReportDraft(input: $in) {"
          + " preReport { id version } errors { code field message } } }";

  static final String SUBMIT =
      "mutation($id: ID!) { submitPreReport(id: $id) { preReport { state } errors { code field"
          + " message } } }";

  static final String RAISE_CONCERN =
      "mutation($case: ID!, $n: String!) { raiseConcern(caseId: $case, input: {category:"
          + " END_USE, severity: MEDIUM, description: $n, concernInformation: \"ベンチマーク\"}) {"
          + " concern { id } errors { code field message } } }";

  static final String ANSWER_CONCERN =
      "mutation($id: ID!, $due: Date!) { answerConcern(id: $id, input: {text: \"用途を確認しました\","
          + " dueDate: $due}) { concern { state } errors { code field message } } }";

  static final String SCHEDULE_MEETING =
      "mutation($case: ID!, $at: DateTime!) { scheduleMeeting(caseId: $case, input: {startsAt:"
          + " $at, place: \"本館 会議室\"}) { meeting { id } errors { code field message } } }";

  static final String RECORD_MEETING =
      "mutation($id: ID!) { recordMeetingHeld(id: $id, input: {minutes: [{text: \"確認事項を協議\","
          + " visibility: COMPANY_VISIBLE}]}) { meeting { state } errors { code field message } } }";

  static final String TYPENAME = "query { __typename }";

  /** Every figure of the statistics an officer's dashboard shows. */
  static final String STATISTICS =
      "query { statistics { preReports { filed byTechnology { key count }"
          + " byDestinationCountry { key count } byTransactionType { key count }"
          + " byState { key count } byMonthFiled { key count } byLeadTime { status count share }"
          + " timeToClose { outcome cases medianDays percentile90Days } }"
          + " deadlines { rule metOnTime metLate overdue } } }";
}
