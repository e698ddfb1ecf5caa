// Generated from the service's OpenAPI document by openapi-typescript: do not edit.
// Regenerate with: npm run openapi:types (a test fails when this file is out of date).

export interface paths {
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process is up
         * @description Liveness: the process is up.
         *
         *     **Who may call it:** anyone; no API key is needed.
         */
        get: operations["getLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: the database answers
         * @description Readiness: the database answers.
         *
         *     **Who may call it:** anyone; no API key is needed.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The service's metrics in Prometheus's text format
         * @description Requests and latency by route and status, the database pool, response cache hits and misses, returns stored, and the process. With METRICS_TOKEN set, needs `Authorization: Bearer <METRICS_TOKEN>`.
         *
         *     **Who may call it:** anyone; no API key is needed.
         */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every problem type the API answers with
         * @description The `type` of every problem+json answer is one of these URIs.
         *
         *     **Who may call it:** anyone; no API key is needed.
         */
        get: operations["listProblemTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What a problem type means and what to do about it
         * @description What a problem type means and what to do about it.
         *
         *     **Who may call it:** anyone; no API key is needed.
         */
        get: operations["getProblemType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Service name, version and where its documentation is
         * @description Service name, version and where its documentation is.
         *
         *     **Who may call it:** anyone; no API key is needed.
         */
        get: operations["getServiceInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * API keys (never the keys themselves), newest first
         * @description API keys (never the keys themselves), newest first.
         *
         *     **Who may call it:** an admin key only.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key (the key is shown once)
         * @description Create an API key (the key is shown once).
         *
         *     **Who may call it:** an admin key only.
         */
        post: operations["createApiKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key: it stops working at once here, within seconds elsewhere
         * @description Revoke an API key: it stops working at once here, within seconds elsewhere.
         *
         *     **Who may call it:** an admin key only.
         */
        delete: operations["deleteApiKeys"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every change, newest first
         * @description Every change, newest first.
         *
         *     **Who may call it:** an admin key only.
         */
        get: operations["listAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/charts/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A chart of the published figures as SVG (trend.svg, regions.svg, distribution.svg, organisation.svg), or the table it draws (.csv, .xlsx)
         * @description Each SVG has a title, a description and the table it draws (in <metadata>); the same name ending .csv or .xlsx answers that table as a download. `trend` takes groupBy (and key); `regions` and `distribution` a year; `organisation` an odsCode.
         *
         *     **Who may call it:** anyone; no API key is needed.
         */
        get: operations["getChart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/library-services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Library services and whom they serve, by code
         * @description Library services and whom they serve, by code.
         *
         *     **Who may call it:** any valid API key.
         */
        get: operations["listLibraryServices"];
        put?: never;
        /**
         * Create a library service
         * @description Admin. The host is a member. An organisation belongs to at most one service in a year (409), and cannot join one for a year it has sent its own return for (409).
         *
         *     **Who may call it:** an admin key only.
         */
        post: operations["createLibraryServices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/library-services/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A library service
         * @description A library service.
         *
         *     **Who may call it:** any valid API key.
         */
        get: operations["getLibraryServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a library service
         * @description Admin. `members` replaces the whole list. A year that has returns keeps who reports for each organisation (409).
         *
         *     **Who may call it:** an admin key only.
         */
        patch: operations["updateLibraryServices"];
        trace?: never;
    };
    "/v1/library-services/{code}/returns/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A library service's current return for a year, with each member's attributed figures
         * @description A library service's current return for a year, with each member's attributed figures.
         *
         *     **Who may call it:** any valid API key.
         */
        get: operations["getLibraryServicesReturns"];
        /**
         * Submit or amend a library service's return for a year
         * @description Admin, or the host's submitter. One entry in `members` for each member that year (422 otherwise). Checked and computed as an organisation's return (windows, warnings, acknowledgements, revisions); each member is then reported with its own staff, a share of the qualified WTE and of the gap in proportion to staff (largest remainder, to 2 places), and the service's ratio and band. `?dryRun=true` answers what would be stored, and stores nothing. `If-Match` (412 when stale) and `If-None-Match: *` (create only) as for a return.
         *
         *     **Who may call it:** any valid API key.
         */
        put: operations["putLibraryServicesReturns"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/library-services/{code}/returns/{year}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the current revision of a library service's return
         * @description Admin, or a reviewer for the host's region. 409 when `revision` is not the current one or a warning is unacknowledged.
         *
         *     **Who may call it:** any valid API key.
         */
        post: operations["createLibraryServicesReturnsApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/library-services/{code}/returns/{year}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every revision of a library service's return, oldest first, each with the member figures it wrote
         * @description Every revision of a library service's return, oldest first, each with the member figures it wrote.
         *
         *     **Who may call it:** any valid API key.
         */
        get: operations["listLibraryServicesReturnsRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/{year}/completeness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Which organisations expected to report for a year have not
         * @description Which organisations expected to report for a year have not.
         *
         *     **Who may call it:** any valid API key.
         */
        get: operations["getMonitoringCompleteness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/{year}/flagged": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Flagged organisations for a year, worst first
         * @description No qualified staff first, then the highest ratio; each with its gapWte. Organisations' figures only: a return's comment, sources, warnings, submitter and revision stay behind the returns routes.
         *
         *     **Who may call it:** any valid API key.
         */
        get: operations["listFlaggedOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/{year}/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every organisation reporting in a year, ranked, in quintiles, against England and against its previous year
         * @description Any valid key. Organisations' figures only (as the flagged list), with ranks over every organisation of the year: filters never change a rank. A library service member has its attributed figures and its service's ratio. `?change=worsening&band=flagged` is the "flagged and getting worse" list. JSON, CSV or XLSX (`?format=xlsx`).
         *
         *     **Who may call it:** any valid API key.
         */
        get: operations["listBenchmarkedOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/{year}/scenario": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The ratio review's what-if: a year's returns under other thresholds, with staff grown
         * @description Any valid key. Each threshold defaults to the year's policy. With `staffGrowth` and `yearsAhead` (both or neither), each organisation's staff is grown by (1 + staffGrowth)^yearsAhead, its qualified staff held. Answers as the summary does; nothing is stored and no published figure changes.
         *
         *     **Who may call it:** any valid API key.
         */
        get: operations["getScenario"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/{year}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * National, regional or organisation-type aggregates for a year
         * @description National, regional or organisation-type aggregates for a year.
         *
         *     **Who may call it:** any valid API key.
         */
        get: operations["getMonitoringSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/projections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * When each group would reach the target at its recent pace, and how many more qualified staff that takes
         * @description Any valid key. Straight lines fitted by ordinary least squares to the group's pooled staff and qualified WTE over its last `years` reported years (at least 3, else 422), projected to `to`. The answer says its `method` in words. A group with fewer than 3 reported years is listed in `omitted` (422 when no group can be projected). CSV: one row per group and year, `kind` actual (the basis) or projected.
         *
         *     **Who may call it:** any valid API key.
         */
        get: operations["getProjections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/monitoring/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pooled ratios year by year, per group, oldest first
         * @description With a key, live figures unless `basis=published`. Without a key (publications are open data), always each year's latest published figures, whatever `basis` says; the answer names its `basis`.
         *
         *     **Who may call it:** anyone; a key, when sent, must be valid (it may see more).
         */
        get: operations["getMonitoringTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Organisations, filtered by region, type, whether open today, or a search
         * @description Organisations, filtered by region, type, whether open today, or a search.
         *
         *     **Who may call it:** any valid API key.
         */
        get: operations["listOrganisations"];
        put?: never;
        /**
         * Add an organisation
         * @description Add an organisation.
         *
         *     **Who may call it:** an admin key only.
         */
        post: operations["createOrganisations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{odsCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One organisation
         * @description One organisation.
         *
         *     **Who may call it:** any valid API key.
         */
        get: operations["getOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an organisation
         * @description Change an organisation.
         *
         *     **Who may call it:** an admin key only.
         */
        patch: operations["updateOrganisations"];
        trace?: never;
    };
    "/v1/organisations/{odsCode}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An organisation's current returns, every year, oldest first
         * @description An organisation's current returns, every year, oldest first.
         *
         *     **Who may call it:** a key that may read the organisation's returns (a submitter: its own organisations only).
         */
        get: operations["listOrganisationReturns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{odsCode}/returns/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An organisation's current return for a year
         * @description An organisation's current return for a year.
         *
         *     **Who may call it:** a key that may read the organisation's returns (a submitter: its own organisations only).
         */
        get: operations["getReturn"];
        /**
         * Submit or amend an organisation's return for a year
         * @description 201 for the first return, 200 for an amendment (a new revision) or an identical resubmission (no new revision). `?dryRun=true` validates and computes without storing. Send `If-Match` with the return's ETag to guard against lost updates (412 when stale). Non-blocking `warnings` are returned with the stored return. Outside an open reporting window only an admin may write (409).
         *
         *     **Who may call it:** a key that may write the organisation's returns: admin, or a submitter for its own organisations.
         */
        put: operations["putReturn"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{odsCode}/returns/{year}/approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve the current revision of a return
         * @description Admin, or a reviewer key for the organisation's region. Name the `revision` you checked: 409 when it is not the current one, or when a warning is not acknowledged by the submitter (the answer lists them in `unacknowledgedWarnings`). Approving a revision that is approved already changes nothing. An amendment after approval makes the return `submitted` again.
         *
         *     **Who may call it:** an admin key, or a reviewer's key for the organisation's region.
         */
        post: operations["approveReturn"];
        /**
         * Withdraw the approval of a return's current revision
         * @description Admin, or a reviewer key for the organisation's region. The body's `reason` is required (400 without). 409 when the current revision is not approved.
         *
         *     **Who may call it:** an admin key, or a reviewer's key for the organisation's region.
         */
        delete: operations["withdrawApproval"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/organisations/{odsCode}/returns/{year}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every revision of a return, oldest first
         * @description Every revision of a return, oldest first.
         *
         *     **Who may call it:** a key that may read the organisation's returns (a submitter: its own organisations only).
         */
        get: operations["listReturnRevisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Staff-ratio policy versions, oldest first
         * @description Staff-ratio policy versions, oldest first.
         *
         *     **Who may call it:** any valid API key.
         */
        get: operations["listPolicies"];
        put?: never;
        /**
         * Adopt a new policy version from a future year
         * @description The policy for year Y is the one with the latest effectiveFrom not after Y. A new policy never changes the bands of years already reported: effectiveFrom must be after the latest policy and after every year that already has returns (409 otherwise).
         *
         *     **Who may call it:** an admin key only.
         */
        post: operations["createPolicies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every published version, newest first
         * @description Every published version, newest first.
         *
         *     **Who may call it:** anyone; no API key is needed.
         */
        get: operations["listPublications"];
        put?: never;
        /**
         * Publish the next version of a year
         * @description Admin. Freezes the current revision of every approved return of the year, the figures computed from exactly those, and completeness now; unapproved returns are left out and listed in `excluded`. 409 when no return is approved, or when nothing changed since the latest version. Versions never change afterwards.
         *
         *     **Who may call it:** an admin key only.
         */
        post: operations["createPublications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/publications/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year's latest published version
         * @description 404 before the first. Cache-Control: public, max-age=300, with an ETag (another version may follow).
         *
         *     **Who may call it:** anyone; no API key is needed.
         */
        get: operations["getLatestPublication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/publications/{year}/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisations table of a year's latest version (JSON, CSV or XLSX)
         * @description The organisations table of a year's latest version (JSON, CSV or XLSX).
         *
         *     **Who may call it:** anyone; no API key is needed.
         */
        get: operations["listLatestPublicationOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/publications/{year}/pending": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What changed since the latest version, and what the next would hold
         * @description Analyst, reviewer or admin. Returns amended, approved or withdrawn since the latest version (or new), each with its published figures and what they would be; `effect`: the national and regional figures if every pending return were approved as it stands and published. Stores nothing.
         *
         *     **Who may call it:** an analyst's, reviewer's or admin's key.
         */
        get: operations["getPendingChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/publications/{year}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year's annual monitoring report: one printable A4 HTML page
         * @description Headline figures, charts (SVG, inline), tables, definitions and method, from the latest version. 404 before the first.
         *
         *     **Who may call it:** anyone; no API key is needed.
         */
        get: operations["getAnnualReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/publications/{year}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One numbered version of a year
         * @description It never changes: Cache-Control: public, max-age=31536000, immutable.
         *
         *     **Who may call it:** anyone; no API key is needed.
         */
        get: operations["getPublicationVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/publications/{year}/versions/{version}/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organisations table of a numbered version (JSON, CSV or XLSX)
         * @description The organisations table of a numbered version (JSON, CSV or XLSX).
         *
         *     **Who may call it:** anyone; no API key is needed.
         */
        get: operations["listPublicationVersionOrganisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * NHS England regions
         * @description NHS England regions.
         *
         *     **Who may call it:** any valid API key.
         */
        get: operations["listRegions"];
        put?: never;
        /**
         * Add a region (e.g. one of a historic layout)
         * @description Add a region (e.g. one of a historic layout).
         *
         *     **Who may call it:** an admin key only.
         */
        post: operations["createRegions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Current returns, filtered and sorted
         * @description A submitter's key lists only its own organisations' returns.
         *
         *     **Who may call it:** a key that may read the organisation's returns (a submitter: its own organisations only).
         */
        get: operations["listReturns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/returns/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit many returns at once (a whole year's file), as JSON or CSV
         * @description JSON `{ "rows": [...] }` or `text/csv` with a header row naming columns libraryService, odsCode, year, staffWte, qualifiedWte, clinicalLibrarianWte, knowledgeManagerWte, otherEmbeddedWte, staffSource, staffSnapshotDate, comment, acknowledgedWarnings (the first four required; UTF-8 with or without BOM, or Windows-1252 when declared with charset=windows-1252; CRLF or LF; `,` or `;` between fields; quoted fields; empty trailing columns and empty rows ignored; "13,900.25" and 31/03/2026 read as UK Excel writes them). A row with more or fewer fields than the header is rejected. Rows are numbered by CSV line. Every row is checked exactly like the single PUT; valid rows are applied, invalid ones rejected with reasons, and the answer is 200. `?atomic=true`: any rejected row means nothing is applied, answered 422 with the same body. `?dryRun=true` stores nothing. `Idempotency-Key` makes a retry safe: the same key and body replay the stored answer for 24 hours (dry runs are not stored), a different body is 422, a request still running is 409. Submitters may include only their own organisations. At most 100,000 rows and 16,777,216 bytes (BULK_BODY_LIMIT_BYTES; 413 beyond). At most 2 files per key and 4 in all run at once (429 with Retry-After beyond).
         *
         *     **Who may call it:** a key that may write the organisation's returns: admin, or a submitter for its own organisations.
         */
        post: operations["submitReturnsInBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reporting windows, newest year first, with their status today
         * @description Reporting windows, newest year first, with their status today.
         *
         *     **Who may call it:** any valid API key.
         */
        get: operations["listYears"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a year's reporting window
         * @description A year with no window accepts returns. Outside an open window only an admin may write returns.
         *
         *     **Who may call it:** an admin key only.
         */
        put: operations["putYears"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/years/{year}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year's returns: expected, reported and approved, nationally and per region
         * @description Any valid key. `missing` lists the expected organisations of each region without a return. With `?region=`, only that region is listed (national stays national).
         *
         *     **Who may call it:** any valid API key.
         */
        get: operations["getYearProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AnnualReturn: {
            /** @description Codes of `warnings` the submitter confirmed, explained in `comment` */
            acknowledgedWarnings: string[];
            /** @description This revision's standing approval */
            approval: components["schemas"]["Approval"] | null;
            /** @description null when no policy covers the year */
            band: ("meets_target" | "short_of_target" | "flagged") | null;
            comment: string | null;
            flagged: boolean;
            /** @description Qualified WTE still needed to reach the target: max(0, staffWte / targetRatio − qualifiedWte) */
            gapWte: number | null;
            /**
             * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
             * @example RJ1
             */
            odsCode: string;
            organisationName: string;
            policy: {
                /**
                 * @description NHS financial year, YYYY-YY
                 * @example 2024-25
                 */
                effectiveFrom: string;
                flagThreshold: number;
                targetRatio: number;
            } | null;
            /** @description WTE, at most 2 decimal places */
            qualifiedWte: number;
            /** @description staffWte / qualifiedWte, unrounded; null with no qualified staff */
            ratio: number | null;
            /** @description e.g. "1:1,730", or "no qualified staff" */
            ratioDisplay: string;
            /** @example Y56 */
            regionCode: string;
            revision: number;
            roles: {
                clinicalLibrarianWte: number | null;
                knowledgeManagerWte: number | null;
                otherEmbeddedWte: number | null;
            } | null;
            staffSnapshotDate: string | null;
            staffSource: string | null;
            /** @description WTE, at most 2 decimal places */
            staffWte: number;
            /**
             * @description `approved` while this revision holds an approval; an amendment makes the return `submitted` again
             * @enum {string}
             */
            status: "submitted" | "approved";
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp
             * @example 2025-10-01T09:00:00.000Z
             */
            submittedAt: string;
            submittedBy: string;
            /** @enum {string} */
            type: "acute" | "integrated" | "mental_health" | "community" | "ambulance" | "specialist" | "icb" | "other";
            /** @description Set when a library service's return reports for this organisation: its qualifiedWte and gapWte are its shares of the service's, and ratio and band the service's */
            via: {
                libraryService: string;
            } | null;
            warnings: {
                /** @description Stable machine-readable code, e.g. no_qualified_staff */
                code: string;
                message: string;
            }[];
            /**
             * @description NHS financial year, YYYY-YY
             * @example 2024-25
             */
            year: string;
        };
        ApiKey: {
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp
             * @example 2025-10-01T09:00:00.000Z
             */
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description For submitters: whose returns the key may read and write */
            organisations: string[];
            /** @description The start of the key, to tell keys apart */
            prefix: string;
            /** @description For reviewers: the regions whose returns the key may approve */
            regions: string[];
            revokedAt: string | null;
            /** @enum {string} */
            role: "admin" | "analyst" | "reviewer" | "submitter";
        };
        Approval: {
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp
             * @example 2025-10-01T09:00:00.000Z
             */
            at: string;
            /** @description Who: the API key, by id and name, and its role */
            by: {
                /** @description null for the bootstrap admin key and the system */
                keyId: string | null;
                name: string;
                role: string;
            };
            /** @description The revision approved */
            revision: number;
        };
        AuditEvent: {
            /** @description create, update, delete, submit, amend or revoke */
            action: string;
            actor: {
                /** @description null for the bootstrap key and the operators’ commands */
                keyId: string | null;
                /** @description The key’s name or the command that made the change */
                label: string;
                role: string;
            };
            after: {
                [key: string]: unknown;
            } | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp
             * @example 2025-10-01T09:00:00.000Z
             */
            at: string;
            before: {
                [key: string]: unknown;
            } | null;
            /** @description The X-Request-Id the client sent, if any: informative only */
            clientRequestId: string | null;
            /** @description region, organisation, policy, year, return (submit, amend, approve, withdraw), publication, api_key or notice */
            entity: string;
            entityId: string;
            /** @description Increasing with time */
            id: string;
            odsCode: string | null;
            /** @description The server-made id of the request that made the change (its X-Request-Id answer header) */
            requestId: string | null;
        };
        BenchmarkedOrganisation: {
            band: ("meets_target" | "short_of_target" | "flagged") | null;
            change: {
                /**
                 * @description Against the previous year: `new` without a return then; `improving` when the ratio fell by at least the materiality, `worsening` when it rose by at least it (into no qualified staff is worsening, out of it improving), otherwise `stable`
                 * @enum {string}
                 */
                direction: "new" | "improving" | "stable" | "worsening";
                previousBand: ("meets_target" | "short_of_target" | "flagged") | null;
                /** @description This year minus the previous year */
                qualifiedWte: number | null;
                /** @description Relative change of the ratio, e.g. -0.08; null if either year has no qualified staff */
                ratio: number | null;
                /** @description This year minus the previous year */
                staffWte: number | null;
            };
            gapWte: number | null;
            /** @description The library service whose figures these are (the member's attributed share), or null */
            libraryService: string | null;
            name: string;
            /**
             * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
             * @example RJ1
             */
            odsCode: string;
            qualifiedWte: number;
            /** @description ceil(5 × rank ÷ n), n being the organisations with qualified staff; null without qualified staff */
            quintile: number | null;
            /** @description Competition rank by ratio nationally (1 = lowest ratio; ties share a rank); without qualified staff, all share n + 1 */
            rank: number;
            /** @description staffWte / qualifiedWte, unrounded; null with no qualified staff */
            ratio: number | null;
            ratioDisplay: string;
            /** @example Y56 */
            regionCode: string;
            /** @description The same rank within the region */
            regionRank: number;
            staffWte: number;
            /** @enum {string} */
            type: "acute" | "integrated" | "mental_health" | "community" | "ambulance" | "specialist" | "icb" | "other";
            /** @description Its ratio ÷ the national pooled ratio of the year (the summary's); null without qualified staff */
            vsEngland: number | null;
        };
        /**
         * @example {
         *       "data": [
         *         {
         *           "odsCode": "ZD097",
         *           "name": "Synthetic Integrated Care Trust 097 (demo data)",
         *           "regionCode": "Y63",
         *           "type": "integrated",
         *           "staffWte": 5683.52,
         *           "qualifiedWte": 2.39,
         *           "ratio": 2378.041841004184,
         *           "ratioDisplay": "1:2,378",
         *           "band": "flagged",
         *           "gapWte": 2.16,
         *           "libraryService": null,
         *           "rank": 196,
         *           "regionRank": 29,
         *           "quintile": 5,
         *           "vsEngland": 1.5837227024052056,
         *           "change": {
         *             "staffWte": 321.1,
         *             "qualifiedWte": -0.17,
         *             "ratio": 0.13526861248665925,
         *             "previousBand": "flagged",
         *             "direction": "worsening"
         *           }
         *         }
         *       ],
         *       "meta": {
         *         "total": 14,
         *         "limit": 1,
         *         "offset": 0
         *       },
         *       "year": "2024-25",
         *       "nationalRatio": 1501.551905136324,
         *       "materiality": 0.05,
         *       "status": "published",
         *       "asAt": "2026-12-02T04:30:38.225Z",
         *       "publication": "/v1/publications/2024-25/versions/1"
         *     }
         */
        BenchmarkedOrganisations: {
            /** @description The time of the newest change these figures include (null when the year has none) */
            asAt: string | null;
            data: components["schemas"]["BenchmarkedOrganisation"][];
            materiality: number;
            meta: {
                limit: number;
                offset: number;
                /** @description Items matching the filters, over all pages */
                total: number;
            };
            /** @description The year's national pooled ratio, which vsEngland divides by */
            nationalRatio: number | null;
            /** @description The latest version's URL, when there is one */
            publication: string | null;
            /**
             * @description `provisional`: the year has no publication; `published`: no return of the year changed since its latest version; `revised`: one did (a new revision, approval or withdrawal)
             * @enum {string}
             */
            status: "provisional" | "published" | "revised";
            /**
             * @description NHS financial year, YYYY-YY
             * @example 2024-25
             */
            year: string;
        };
        BulkResult: {
            /** @description false for a dry run, or when atomic and a row was rejected */
            applied: boolean;
            atomic: boolean;
            dryRun: boolean;
            rows: {
                errors: {
                    message: string;
                    /** @description JSON Pointer into the row, e.g. /staffWte */
                    pointer: string;
                }[];
                odsCode: string | null;
                /** @description 1-based position in rows; for CSV the line number (the header is line 1) */
                row: number;
                /**
                 * @description For a dry run or a refused atomic file: what would have happened
                 * @enum {string}
                 */
                status: "created" | "updated" | "unchanged" | "rejected";
                warnings: {
                    /** @description Stable machine-readable code, e.g. no_qualified_staff */
                    code: string;
                    message: string;
                }[];
                year: string | null;
            }[];
            summary: {
                created: number;
                received: number;
                rejected: number;
                unchanged: number;
                updated: number;
            };
        };
        BulkReturnsInput: {
            /** @description One object per return, each shaped like the single PUT body plus odsCode and year */
            rows: {
                [key: string]: unknown;
            }[];
        };
        Completeness: {
            /** @description The time of the newest change these figures include (null when the year has none) */
            asAt: string | null;
            /** @description Organisations open on any day of the year */
            expected: number;
            missing: {
                name: string;
                /**
                 * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
                 * @example RJ1
                 */
                odsCode: string;
                /** @example Y56 */
                regionCode: string;
                /** @enum {string} */
                type: "acute" | "integrated" | "mental_health" | "community" | "ambulance" | "specialist" | "icb" | "other";
            }[];
            /** @description The latest version's URL, when there is one */
            publication: string | null;
            /** @description Of those, how many have a return */
            reported: number;
            /**
             * @description `provisional`: the year has no publication; `published`: no return of the year changed since its latest version; `revised`: one did (a new revision, approval or withdrawal)
             * @enum {string}
             */
            status: "provisional" | "published" | "revised";
            /**
             * @description NHS financial year, YYYY-YY
             * @example 2024-25
             */
            year: string;
        };
        CreatedApiKey: {
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp
             * @example 2025-10-01T09:00:00.000Z
             */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description The key itself. Shown only in this answer: store it now. */
            key: string;
            name: string;
            /** @description For submitters: whose returns the key may read and write */
            organisations: string[];
            /** @description The start of the key, to tell keys apart */
            prefix: string;
            /** @description For reviewers: the regions whose returns the key may approve */
            regions: string[];
            revokedAt: string | null;
            /** @enum {string} */
            role: "admin" | "analyst" | "reviewer" | "submitter";
        };
        FlaggedOrganisations: {
            /** @description The time of the newest change these figures include (null when the year has none) */
            asAt: string | null;
            data: components["schemas"]["OrganisationFigures"][];
            meta: {
                limit: number;
                offset: number;
                /** @description Items matching the filters, over all pages */
                total: number;
            };
            /** @description The latest version's URL, when there is one */
            publication: string | null;
            /**
             * @description `provisional`: the year has no publication; `published`: no return of the year changed since its latest version; `revised`: one did (a new revision, approval or withdrawal)
             * @enum {string}
             */
            status: "provisional" | "published" | "revised";
        };
        LibraryService: {
            code: string;
            /**
             * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
             * @example RJ1
             */
            hostOdsCode: string;
            members: {
                /**
                 * @description NHS financial year, YYYY-YY
                 * @example 2024-25
                 */
                fromYear: string;
                name: string;
                /**
                 * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
                 * @example RJ1
                 */
                odsCode: string;
                /** @example Y56 */
                regionCode: string;
                toYear: string | null;
            }[];
            name: string;
        };
        LibraryServiceReturn: {
            acknowledgedWarnings: string[];
            band: ("meets_target" | "short_of_target" | "flagged") | null;
            code: string;
            comment: string | null;
            gapWte: number | null;
            members: {
                /** @description Its share of the service's gap, the same way */
                gapWte: number | null;
                name: string;
                /**
                 * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
                 * @example RJ1
                 */
                odsCode: string;
                /** @description Its share of the service's, in proportion to staff (largest remainder, to 2 places) */
                qualifiedWte: number;
                /** @example Y56 */
                regionCode: string;
                staffWte: number;
            }[];
            name: string;
            policy: {
                /**
                 * @description NHS financial year, YYYY-YY
                 * @example 2024-25
                 */
                effectiveFrom: string;
                flagThreshold: number;
                targetRatio: number;
            } | null;
            qualifiedWte: number;
            ratio: number | null;
            ratioDisplay: string;
            revision: number;
            roles: {
                clinicalLibrarianWte: number | null;
                knowledgeManagerWte: number | null;
                otherEmbeddedWte: number | null;
            } | null;
            staffSnapshotDate: string | null;
            staffSource: string | null;
            /** @description The members' staff WTE, summed */
            staffWte: number;
            /** @enum {string} */
            status: "submitted" | "approved";
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp
             * @example 2025-10-01T09:00:00.000Z
             */
            submittedAt: string;
            submittedBy: string;
            warnings: {
                /** @description Stable machine-readable code, e.g. no_qualified_staff */
                code: string;
                message: string;
            }[];
            /**
             * @description NHS financial year, YYYY-YY
             * @example 2024-25
             */
            year: string;
        };
        MonitoringSummary: {
            /** @description The time of the newest change these figures include (null when the year has none) */
            asAt: string | null;
            groups: {
                /** @description The pooled ratio's band under the year's policy */
                band: ("meets_target" | "short_of_target" | "flagged") | null;
                /** @description Organisations by band; noQualifiedStaff is the part of flagged with no qualified staff */
                counts: {
                    /** @description Includes organisations with no qualified staff */
                    flagged: number;
                    meetsTarget: number;
                    noQualifiedStaff: number;
                    shortOfTarget: number;
                };
                /** @description Of organisation ratios, over organisations with qualified staff (continuous percentiles) */
                distribution: {
                    max: number | null;
                    median: number | null;
                    min: number | null;
                    p25: number | null;
                    p75: number | null;
                };
                flagged: boolean;
                /** @description Sum of the organisations' gaps: a surplus in one never offsets another */
                gapWte: number | null;
                /** @description "national", a region code or an organisation type */
                key: string;
                name: string;
                /** @description Open on any day of the year */
                organisationsExpected: number;
                organisationsReported: number;
                /** @description The pooled ratio of the previous year */
                previousYear: {
                    ratio: number | null;
                };
                /** @description Sum of qualified WTE over the returns */
                qualifiedWte: number;
                /** @description Pooled: sum of staffWte / sum of qualifiedWte (not a mean of ratios) */
                ratio: number | null;
                ratioDisplay: string;
                /** @description Sum of staff WTE over the returns */
                staffWte: number;
            }[];
            policy: {
                /**
                 * @description NHS financial year, YYYY-YY
                 * @example 2024-25
                 */
                effectiveFrom: string;
                flagThreshold: number;
                targetRatio: number;
            } | null;
            /** @description The latest version's URL, when there is one */
            publication: string | null;
            /**
             * @description `provisional`: the year has no publication; `published`: no return of the year changed since its latest version; `revised`: one did (a new revision, approval or withdrawal)
             * @enum {string}
             */
            status: "provisional" | "published" | "revised";
            /**
             * @description NHS financial year, YYYY-YY
             * @example 2024-25
             */
            year: string;
        };
        MonitoringTrends: {
            /**
             * @description `published`: each year's point from its latest publication (years never published are left out)
             * @enum {string}
             */
            basis: "live" | "published";
            groups: {
                key: string;
                name: string;
                points: {
                    /** @description The time of the newest change these figures include (null when the year has none) */
                    asAt: string | null;
                    /** @description The pooled ratio's band under the year's policy */
                    band: ("meets_target" | "short_of_target" | "flagged") | null;
                    /** @description Organisations by band; noQualifiedStaff is the part of flagged with no qualified staff */
                    counts: {
                        /** @description Includes organisations with no qualified staff */
                        flagged: number;
                        meetsTarget: number;
                        noQualifiedStaff: number;
                        shortOfTarget: number;
                    };
                    flagged: boolean;
                    /** @description Sum of the organisations' gaps: a surplus in one never offsets another */
                    gapWte: number | null;
                    organisationsReported: number;
                    /** @description The latest version's URL, when there is one */
                    publication: string | null;
                    /** @description Sum of qualified WTE over the returns */
                    qualifiedWte: number;
                    /** @description Pooled: sum of staffWte / sum of qualifiedWte (not a mean of ratios) */
                    ratio: number | null;
                    ratioDisplay: string;
                    /** @description Sum of staff WTE over the returns */
                    staffWte: number;
                    /**
                     * @description `provisional`: the year has no publication; `published`: no return of the year changed since its latest version; `revised`: one did (a new revision, approval or withdrawal)
                     * @enum {string}
                     */
                    status: "provisional" | "published" | "revised";
                    /**
                     * @description NHS financial year, YYYY-YY
                     * @example 2024-25
                     */
                    year: string;
                }[];
            }[];
        };
        Organisation: {
            closedOn: string | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp
             * @example 2025-10-01T09:00:00.000Z
             */
            createdAt: string;
            name: string;
            /**
             * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
             * @example RJ1
             */
            odsCode: string;
            openedOn: string | null;
            /** @example Y56 */
            regionCode: string;
            /** @description The organisation that took this one over (mergers) */
            successorOdsCode: string | null;
            /** @enum {string} */
            type: "acute" | "integrated" | "mental_health" | "community" | "ambulance" | "specialist" | "icb" | "other";
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp
             * @example 2025-10-01T09:00:00.000Z
             */
            updatedAt: string;
        };
        OrganisationFigures: {
            band: ("meets_target" | "short_of_target" | "flagged") | null;
            gapWte: number | null;
            name: string;
            /**
             * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
             * @example RJ1
             */
            odsCode: string;
            qualifiedWte: number;
            /** @description staffWte / qualifiedWte, unrounded; null with no qualified staff */
            ratio: number | null;
            ratioDisplay: string;
            /** @example Y56 */
            regionCode: string;
            staffWte: number;
            /** @enum {string} */
            type: "acute" | "integrated" | "mental_health" | "community" | "ambulance" | "specialist" | "icb" | "other";
        };
        PendingChanges: {
            /** @description The published figures before, and after if every pending return were approved as it stands and published */
            effect: {
                national: {
                    after: {
                        band: ("meets_target" | "short_of_target" | "flagged") | null;
                        qualifiedWte: number;
                        ratio: number | null;
                        staffWte: number;
                    } | null;
                    before: {
                        band: ("meets_target" | "short_of_target" | "flagged") | null;
                        qualifiedWte: number;
                        ratio: number | null;
                        staffWte: number;
                    } | null;
                };
                regions: {
                    after: {
                        band: ("meets_target" | "short_of_target" | "flagged") | null;
                        qualifiedWte: number;
                        ratio: number | null;
                        staffWte: number;
                    } | null;
                    before: {
                        band: ("meets_target" | "short_of_target" | "flagged") | null;
                        qualifiedWte: number;
                        ratio: number | null;
                        staffWte: number;
                    } | null;
                    key: string;
                }[];
            };
            publication: {
                /**
                 * Format: date-time
                 * @description ISO 8601 UTC timestamp
                 * @example 2025-10-01T09:00:00.000Z
                 */
                publishedAt: string;
                url: string;
                version: number;
            };
            returns: {
                /** @description Whether the current revision is approved now (so would be in a version published now) */
                approved: boolean;
                /**
                 * @description new: no return was frozen; amended: another revision; approved: was left out, now approved; withdrawn: was included, its approval withdrawn
                 * @enum {string}
                 */
                change: "new" | "amended" | "approved" | "withdrawn";
                name: string;
                /**
                 * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
                 * @example RJ1
                 */
                odsCode: string;
                /** @description Its figures in the latest version (null when left out) */
                published: components["schemas"]["OrganisationFigures"] | null;
                /** @example Y56 */
                regionCode: string;
                /** @description The current revision */
                revision: number;
                /** @enum {string} */
                type: "acute" | "integrated" | "mental_health" | "community" | "ambulance" | "specialist" | "icb" | "other";
                /** @description Its figures in the next version if this return is approved as it stands */
                wouldBe: components["schemas"]["OrganisationFigures"] | null;
            }[];
            /**
             * @description NHS financial year, YYYY-YY
             * @example 2024-25
             */
            year: string;
        };
        Policy: {
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp
             * @example 2025-10-01T09:00:00.000Z
             */
            createdAt: string;
            /**
             * @description First financial year the policy applies to
             * @example 2024-25
             */
            effectiveFrom: string;
            /** @description A ratio at or above 1:flagThreshold is flagged */
            flagThreshold: number;
            id: number;
            /** @description A ratio at or below 1:targetRatio meets the target */
            targetRatio: number;
            title: string;
        };
        Problem: {
            /** @description What went wrong with this request */
            detail: string;
            /** @description Present on validation errors: one entry per bad field */
            errors?: {
                message: string;
                /** @description JSON Pointer into the request, e.g. /body/staffWte */
                pointer: string;
            }[];
            /** @description The request path */
            instance: string;
            /** @description Quote it when reporting a problem */
            requestId: string;
            /** @description HTTP status code */
            status: number;
            /** @description Short summary of the kind of problem */
            title: string;
            /** @description URI reference naming the kind of problem */
            type: string;
        } & {
            [key: string]: unknown;
        };
        ProblemType: {
            description: string;
            name: string;
            /** @description The HTTP statuses answered with this type */
            status: number[];
            title: string;
            /** @description The absolute URI problem answers carry in `type` */
            type: string;
            whatToDo: string;
        };
        /**
         * @example {
         *       "groupBy": "national",
         *       "to": "2030-31",
         *       "method": "Ordinary least squares: a straight line fitted, in exact decimals, to each of the group's pooled staff WTE and pooled qualified WTE over its last 5 reported years, counted back from 2024-25 (the latest year with returns up to 2024-25, as asked by until). Each projected ratio is fitted staff ÷ fitted qualified (unrounded), banded under that year's policy; a fitted WTE below zero counts as zero. Pooled figures are sums over the organisations that reported each year, so a year few have reported yet pulls the lines down: basis.points shows each year's organisationsReported. A group with fewer than 3 reported years is not projected (omitted).",
         *       "groups": [
         *         {
         *           "key": "national",
         *           "name": "England",
         *           "basis": {
         *             "from": "2020-21",
         *             "to": "2024-25",
         *             "years": 5,
         *             "points": [
         *               {
         *                 "year": "2023-24",
         *                 "organisationsReported": 218,
         *                 "staffWte": 1391301.89,
         *                 "qualifiedWte": 903.68,
         *                 "ratio": 1539.595752921388,
         *                 "band": "short_of_target"
         *               },
         *               {
         *                 "year": "2024-25",
         *                 "organisationsReported": 218,
         *                 "staffWte": 1413170.56,
         *                 "qualifiedWte": 941.14,
         *                 "ratio": 1501.551905136324,
         *                 "band": "short_of_target"
         *               }
         *             ]
         *           },
         *           "points": [
         *             {
         *               "year": "2029-30",
         *               "staffWte": 1505834.31,
         *               "qualifiedWte": 1103.96,
         *               "ratio": 1364.0273025701972,
         *               "band": "short_of_target"
         *             },
         *             {
         *               "year": "2030-31",
         *               "staffWte": 1524628.67,
         *               "qualifiedWte": 1136.98,
         *               "ratio": 1340.945902302591,
         *               "band": "short_of_target"
         *             }
         *           ],
         *           "targetMetIn": null,
         *           "wteNeeded": {
         *             "byYear": "2030-31",
         *             "qualifiedWte": 1219.7,
         *             "additionalWte": 278.56
         *           }
         *         }
         *       ],
         *       "omitted": []
         *     }
         */
        Projections: {
            /** @enum {string} */
            groupBy: "national" | "region" | "type";
            groups: {
                basis: {
                    /**
                     * @description NHS financial year, YYYY-YY
                     * @example 2024-25
                     */
                    from: string;
                    /** @description The pooled figures the lines were fitted to */
                    points: {
                        band: ("meets_target" | "short_of_target" | "flagged") | null;
                        organisationsReported: number;
                        /** @description WTE, to 2 places */
                        qualifiedWte: number;
                        ratio: number | null;
                        /** @description WTE, to 2 places */
                        staffWte: number;
                        /**
                         * @description NHS financial year, YYYY-YY
                         * @example 2024-25
                         */
                        year: string;
                    }[];
                    /**
                     * @description NHS financial year, YYYY-YY
                     * @example 2024-25
                     */
                    to: string;
                    /** @description How many reported years the lines were fitted to */
                    years: number;
                };
                key: string;
                name: string;
                /** @description Each year after the basis, up to `to` */
                points: {
                    band: ("meets_target" | "short_of_target" | "flagged") | null;
                    /** @description Fitted pooled qualified WTE, to 2 places */
                    qualifiedWte: number;
                    /** @description Fitted staff ÷ fitted qualified, from the unrounded fitted values */
                    ratio: number | null;
                    /** @description Fitted pooled staff WTE, to 2 places */
                    staffWte: number;
                    /**
                     * @description NHS financial year, YYYY-YY
                     * @example 2024-25
                     */
                    year: string;
                }[];
                /** @description The first projected year whose ratio is at or below that year's target, or null */
                targetMetIn: string | null;
                /** @description Null when no policy covers byYear */
                wteNeeded: {
                    /** @description That minus the pooled qualified WTE of the basis's last year, never negative */
                    additionalWte: number;
                    /**
                     * @description NHS financial year, YYYY-YY
                     * @example 2024-25
                     */
                    byYear: string;
                    /** @description Projected staff at byYear ÷ its target */
                    qualifiedWte: number;
                } | null;
            }[];
            method: string;
            /** @description Groups with fewer than 3 reported years in the basis, not projected (with the years they have) */
            omitted: {
                key: string;
                name: string;
                years: string[];
            }[];
            /**
             * @description NHS financial year, YYYY-YY
             * @example 2024-25
             */
            to: string;
        };
        Publication: {
            /** @description null for version 1 */
            changes: {
                national: {
                    after: {
                        band: ("meets_target" | "short_of_target" | "flagged") | null;
                        qualifiedWte: number;
                        ratio: number | null;
                        staffWte: number;
                    } | null;
                    before: {
                        band: ("meets_target" | "short_of_target" | "flagged") | null;
                        qualifiedWte: number;
                        ratio: number | null;
                        staffWte: number;
                    } | null;
                };
                organisations: {
                    after: {
                        band: ("meets_target" | "short_of_target" | "flagged") | null;
                        qualifiedWte: number;
                        ratio: number | null;
                        staffWte: number;
                    } | null;
                    before: {
                        band: ("meets_target" | "short_of_target" | "flagged") | null;
                        qualifiedWte: number;
                        ratio: number | null;
                        staffWte: number;
                    } | null;
                    name: string;
                    /**
                     * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
                     * @example RJ1
                     */
                    odsCode: string;
                }[];
                regions: {
                    after: {
                        band: ("meets_target" | "short_of_target" | "flagged") | null;
                        qualifiedWte: number;
                        ratio: number | null;
                        staffWte: number;
                    } | null;
                    before: {
                        band: ("meets_target" | "short_of_target" | "flagged") | null;
                        qualifiedWte: number;
                        ratio: number | null;
                        staffWte: number;
                    } | null;
                    key: string;
                }[];
            } | null;
            /** @description At publication: reported = returns included; missing = expected organisations not included */
            completeness: {
                /** @description Organisations open on any day of the year */
                expected: number;
                missing: {
                    name: string;
                    /**
                     * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
                     * @example RJ1
                     */
                    odsCode: string;
                    /** @example Y56 */
                    regionCode: string;
                    /** @enum {string} */
                    type: "acute" | "integrated" | "mental_health" | "community" | "ambulance" | "specialist" | "icb" | "other";
                }[];
                /** @description Of those, how many have a return */
                reported: number;
            };
            /** @description Returns left out because they were not approved */
            excluded: {
                name: string;
                /**
                 * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
                 * @example RJ1
                 */
                odsCode: string;
                /** @description "not approved" (why, only to keyed readers of pending and the returns) */
                reason: string;
            }[];
            /** @description Flagged organisations, worst first */
            flagged: components["schemas"]["OrganisationFigures"][];
            note: string;
            /** @description Every included organisation, by ODS code */
            organisations: components["schemas"]["OrganisationFigures"][];
            policy: {
                /**
                 * @description NHS financial year, YYYY-YY
                 * @example 2024-25
                 */
                effectiveFrom: string;
                flagThreshold: number;
                targetRatio: number;
            } | null;
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp
             * @example 2025-10-01T09:00:00.000Z
             */
            publishedAt: string;
            summary: {
                national: {
                    /** @description The pooled ratio's band under the year's policy */
                    band: ("meets_target" | "short_of_target" | "flagged") | null;
                    /** @description Organisations by band; noQualifiedStaff is the part of flagged with no qualified staff */
                    counts: {
                        /** @description Includes organisations with no qualified staff */
                        flagged: number;
                        meetsTarget: number;
                        noQualifiedStaff: number;
                        shortOfTarget: number;
                    };
                    /** @description Of organisation ratios, over organisations with qualified staff (continuous percentiles) */
                    distribution: {
                        max: number | null;
                        median: number | null;
                        min: number | null;
                        p25: number | null;
                        p75: number | null;
                    };
                    flagged: boolean;
                    /** @description Sum of the organisations' gaps: a surplus in one never offsets another */
                    gapWte: number | null;
                    /** @description "national", a region code or an organisation type */
                    key: string;
                    name: string;
                    /** @description Open on any day of the year */
                    organisationsExpected: number;
                    organisationsReported: number;
                    /** @description The pooled ratio of the previous year */
                    previousYear: {
                        ratio: number | null;
                    };
                    /** @description Sum of qualified WTE over the returns */
                    qualifiedWte: number;
                    /** @description Pooled: sum of staffWte / sum of qualifiedWte (not a mean of ratios) */
                    ratio: number | null;
                    ratioDisplay: string;
                    /** @description Sum of staff WTE over the returns */
                    staffWte: number;
                } | null;
                regions: {
                    /** @description The pooled ratio's band under the year's policy */
                    band: ("meets_target" | "short_of_target" | "flagged") | null;
                    /** @description Organisations by band; noQualifiedStaff is the part of flagged with no qualified staff */
                    counts: {
                        /** @description Includes organisations with no qualified staff */
                        flagged: number;
                        meetsTarget: number;
                        noQualifiedStaff: number;
                        shortOfTarget: number;
                    };
                    /** @description Of organisation ratios, over organisations with qualified staff (continuous percentiles) */
                    distribution: {
                        max: number | null;
                        median: number | null;
                        min: number | null;
                        p25: number | null;
                        p75: number | null;
                    };
                    flagged: boolean;
                    /** @description Sum of the organisations' gaps: a surplus in one never offsets another */
                    gapWte: number | null;
                    /** @description "national", a region code or an organisation type */
                    key: string;
                    name: string;
                    /** @description Open on any day of the year */
                    organisationsExpected: number;
                    organisationsReported: number;
                    /** @description The pooled ratio of the previous year */
                    previousYear: {
                        ratio: number | null;
                    };
                    /** @description Sum of qualified WTE over the returns */
                    qualifiedWte: number;
                    /** @description Pooled: sum of staffWte / sum of qualifiedWte (not a mean of ratios) */
                    ratio: number | null;
                    ratioDisplay: string;
                    /** @description Sum of staff WTE over the returns */
                    staffWte: number;
                }[];
                types: {
                    /** @description The pooled ratio's band under the year's policy */
                    band: ("meets_target" | "short_of_target" | "flagged") | null;
                    /** @description Organisations by band; noQualifiedStaff is the part of flagged with no qualified staff */
                    counts: {
                        /** @description Includes organisations with no qualified staff */
                        flagged: number;
                        meetsTarget: number;
                        noQualifiedStaff: number;
                        shortOfTarget: number;
                    };
                    /** @description Of organisation ratios, over organisations with qualified staff (continuous percentiles) */
                    distribution: {
                        max: number | null;
                        median: number | null;
                        min: number | null;
                        p25: number | null;
                        p75: number | null;
                    };
                    flagged: boolean;
                    /** @description Sum of the organisations' gaps: a surplus in one never offsets another */
                    gapWte: number | null;
                    /** @description "national", a region code or an organisation type */
                    key: string;
                    name: string;
                    /** @description Open on any day of the year */
                    organisationsExpected: number;
                    organisationsReported: number;
                    /** @description The pooled ratio of the previous year */
                    previousYear: {
                        ratio: number | null;
                    };
                    /** @description Sum of qualified WTE over the returns */
                    qualifiedWte: number;
                    /** @description Pooled: sum of staffWte / sum of qualifiedWte (not a mean of ratios) */
                    ratio: number | null;
                    ratioDisplay: string;
                    /** @description Sum of staff WTE over the returns */
                    staffWte: number;
                }[];
            };
            version: number;
            /**
             * @description NHS financial year, YYYY-YY
             * @example 2024-25
             */
            year: string;
        };
        PublicationList: {
            data: {
                note: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 UTC timestamp
                 * @example 2025-10-01T09:00:00.000Z
                 */
                publishedAt: string;
                version: number;
                /**
                 * @description NHS financial year, YYYY-YY
                 * @example 2024-25
                 */
                year: string;
            }[];
            meta: {
                limit: number;
                offset: number;
                /** @description Items matching the filters, over all pages */
                total: number;
            };
        };
        PublicationOrganisations: {
            data: components["schemas"]["OrganisationFigures"][];
            meta: {
                limit: number;
                offset: number;
                total: number;
            };
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp
             * @example 2025-10-01T09:00:00.000Z
             */
            publishedAt: string;
            version: number;
            /**
             * @description NHS financial year, YYYY-YY
             * @example 2024-25
             */
            year: string;
        };
        Region: {
            /** @example Y56 */
            code: string;
            name: string;
        };
        ReportingYear: {
            /**
             * Format: date
             * @description Last day returns are accepted
             * @example 2025-03-31
             */
            closesOn: string;
            /**
             * Format: date
             * @description Returns are due by this day; later ones get a warning
             * @example 2025-03-31
             */
            deadline: string;
            /**
             * Format: date
             * @description First day returns are accepted
             * @example 2025-03-31
             */
            opensOn: string;
            /**
             * @description From today's date (UTC)
             * @enum {string}
             */
            status: "upcoming" | "open" | "closed";
            /**
             * @description NHS financial year, YYYY-YY
             * @example 2024-25
             */
            year: string;
        };
        ReturnRevision: {
            /** @description Codes of `warnings` the submitter confirmed, explained in `comment` */
            acknowledgedWarnings: string[];
            /** @description This revision's standing approval */
            approval: components["schemas"]["Approval"] | null;
            /** @description Every approval this revision had, oldest first, withdrawn ones included */
            approvals: {
                /**
                 * Format: date-time
                 * @description ISO 8601 UTC timestamp
                 * @example 2025-10-01T09:00:00.000Z
                 */
                at: string;
                /** @description Who: the API key, by id and name, and its role */
                by: {
                    /** @description null for the bootstrap admin key and the system */
                    keyId: string | null;
                    name: string;
                    role: string;
                };
                /** @description Why the approval was withdrawn */
                reason: string | null;
                withdrawnAt: string | null;
                withdrawnBy: {
                    /** @description null for the bootstrap admin key and the system */
                    keyId: string | null;
                    name: string;
                    role: string;
                } | null;
            }[];
            /** @description null when no policy covers the year */
            band: ("meets_target" | "short_of_target" | "flagged") | null;
            comment: string | null;
            flagged: boolean;
            /** @description Qualified WTE still needed to reach the target: max(0, staffWte / targetRatio − qualifiedWte) */
            gapWte: number | null;
            /**
             * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
             * @example RJ1
             */
            odsCode: string;
            organisationName: string;
            policy: {
                /**
                 * @description NHS financial year, YYYY-YY
                 * @example 2024-25
                 */
                effectiveFrom: string;
                flagThreshold: number;
                targetRatio: number;
            } | null;
            /** @description WTE, at most 2 decimal places */
            qualifiedWte: number;
            /** @description staffWte / qualifiedWte, unrounded; null with no qualified staff */
            ratio: number | null;
            /** @description e.g. "1:1,730", or "no qualified staff" */
            ratioDisplay: string;
            /** @example Y56 */
            regionCode: string;
            revision: number;
            roles: {
                clinicalLibrarianWte: number | null;
                knowledgeManagerWte: number | null;
                otherEmbeddedWte: number | null;
            } | null;
            staffSnapshotDate: string | null;
            staffSource: string | null;
            /** @description WTE, at most 2 decimal places */
            staffWte: number;
            /**
             * @description `approved` while this revision holds an approval; an amendment makes the return `submitted` again
             * @enum {string}
             */
            status: "submitted" | "approved";
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp
             * @example 2025-10-01T09:00:00.000Z
             */
            submittedAt: string;
            submittedBy: string;
            /** @enum {string} */
            type: "acute" | "integrated" | "mental_health" | "community" | "ambulance" | "specialist" | "icb" | "other";
            /** @description Set when a library service's return reports for this organisation: its qualifiedWte and gapWte are its shares of the service's, and ratio and band the service's */
            via: {
                libraryService: string;
            } | null;
            warnings: {
                /** @description Stable machine-readable code, e.g. no_qualified_staff */
                code: string;
                message: string;
            }[];
            /**
             * @description NHS financial year, YYYY-YY
             * @example 2024-25
             */
            year: string;
        };
        /**
         * @example {
         *       "year": "2024-25",
         *       "policy": {
         *         "flagThreshold": 2000,
         *         "targetRatio": 1500
         *       },
         *       "inForce": {
         *         "effectiveFrom": "2018-19",
         *         "flagThreshold": 1730,
         *         "targetRatio": 1250
         *       },
         *       "staffGrowth": 0.03,
         *       "yearsAhead": 5,
         *       "growthFactor": 1.1592740743,
         *       "groups": [
         *         {
         *           "key": "national",
         *           "name": "England",
         *           "organisationsExpected": 218,
         *           "organisationsReported": 218,
         *           "staffWte": 1638252.02,
         *           "qualifiedWte": 941.14,
         *           "ratio": 1740.710223771171,
         *           "ratioDisplay": "1:1,741",
         *           "band": "short_of_target",
         *           "flagged": false,
         *           "gapWte": 202.75,
         *           "counts": {
         *             "meetsTarget": 47,
         *             "shortOfTarget": 84,
         *             "flagged": 87,
         *             "noQualifiedStaff": 3
         *           },
         *           "distribution": {
         *             "min": 804.7817679558011,
         *             "p25": 1524.6268367522102,
         *             "median": 1802.0560606060606,
         *             "p75": 2215.495016611296,
         *             "max": 4115.304761904762
         *           },
         *           "previousYear": {
         *             "ratio": 1539.595752921388
         *           }
         *         }
         *       ],
         *       "status": "published",
         *       "asAt": "2026-12-02T04:30:38.225Z",
         *       "publication": "/v1/publications/2024-25/versions/1"
         *     }
         */
        Scenario: {
            /** @description The time of the newest change these figures include (null when the year has none) */
            asAt: string | null;
            /** @description As the summary's groups: re-banded, staff grown; organisationsExpected and previousYear as they are */
            groups: {
                /** @description The pooled ratio's band under the year's policy */
                band: ("meets_target" | "short_of_target" | "flagged") | null;
                /** @description Organisations by band; noQualifiedStaff is the part of flagged with no qualified staff */
                counts: {
                    /** @description Includes organisations with no qualified staff */
                    flagged: number;
                    meetsTarget: number;
                    noQualifiedStaff: number;
                    shortOfTarget: number;
                };
                /** @description Of organisation ratios, over organisations with qualified staff (continuous percentiles) */
                distribution: {
                    max: number | null;
                    median: number | null;
                    min: number | null;
                    p25: number | null;
                    p75: number | null;
                };
                flagged: boolean;
                /** @description Sum of the organisations' gaps: a surplus in one never offsets another */
                gapWte: number | null;
                /** @description "national", a region code or an organisation type */
                key: string;
                name: string;
                /** @description Open on any day of the year */
                organisationsExpected: number;
                organisationsReported: number;
                /** @description The pooled ratio of the previous year */
                previousYear: {
                    ratio: number | null;
                };
                /** @description Sum of qualified WTE over the returns */
                qualifiedWte: number;
                /** @description Pooled: sum of staffWte / sum of qualifiedWte (not a mean of ratios) */
                ratio: number | null;
                ratioDisplay: string;
                /** @description Sum of staff WTE over the returns */
                staffWte: number;
            }[];
            /** @description (1 + staffGrowth)^yearsAhead */
            growthFactor: number;
            /** @description The year's policy, as published figures use it */
            inForce: {
                /**
                 * @description NHS financial year, YYYY-YY
                 * @example 2024-25
                 */
                effectiveFrom: string;
                flagThreshold: number;
                targetRatio: number;
            } | null;
            /** @description The thresholds this scenario applies */
            policy: {
                flagThreshold: number;
                targetRatio: number;
            };
            /** @description The latest version's URL, when there is one */
            publication: string | null;
            /** @description 0 without growth */
            staffGrowth: number;
            /**
             * @description `provisional`: the year has no publication; `published`: no return of the year changed since its latest version; `revised`: one did (a new revision, approval or withdrawal)
             * @enum {string}
             */
            status: "provisional" | "published" | "revised";
            /**
             * @description NHS financial year, YYYY-YY
             * @example 2024-25
             */
            year: string;
            yearsAhead: number;
        };
        SubmittedLibraryServiceReturn: {
            acknowledgedWarnings: string[];
            band: ("meets_target" | "short_of_target" | "flagged") | null;
            code: string;
            comment: string | null;
            /** @description true when nothing was stored (?dryRun=true) */
            dryRun?: boolean;
            gapWte: number | null;
            members: {
                /** @description Its share of the service's gap, the same way */
                gapWte: number | null;
                name: string;
                /**
                 * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
                 * @example RJ1
                 */
                odsCode: string;
                /** @description Its share of the service's, in proportion to staff (largest remainder, to 2 places) */
                qualifiedWte: number;
                /** @example Y56 */
                regionCode: string;
                staffWte: number;
            }[];
            name: string;
            policy: {
                /**
                 * @description NHS financial year, YYYY-YY
                 * @example 2024-25
                 */
                effectiveFrom: string;
                flagThreshold: number;
                targetRatio: number;
            } | null;
            qualifiedWte: number;
            ratio: number | null;
            ratioDisplay: string;
            revision: number;
            roles: {
                clinicalLibrarianWte: number | null;
                knowledgeManagerWte: number | null;
                otherEmbeddedWte: number | null;
            } | null;
            staffSnapshotDate: string | null;
            staffSource: string | null;
            /** @description The members' staff WTE, summed */
            staffWte: number;
            /** @enum {string} */
            status: "submitted" | "approved";
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp
             * @example 2025-10-01T09:00:00.000Z
             */
            submittedAt: string;
            submittedBy: string;
            warnings: {
                /** @description Stable machine-readable code, e.g. no_qualified_staff */
                code: string;
                message: string;
            }[];
            /**
             * @description NHS financial year, YYYY-YY
             * @example 2024-25
             */
            year: string;
        };
        SubmittedReturn: {
            /** @description Codes of `warnings` the submitter confirmed, explained in `comment` */
            acknowledgedWarnings: string[];
            /** @description This revision's standing approval */
            approval: components["schemas"]["Approval"] | null;
            /** @description null when no policy covers the year */
            band: ("meets_target" | "short_of_target" | "flagged") | null;
            comment: string | null;
            /** @description true when nothing was stored (?dryRun=true) */
            dryRun?: boolean;
            flagged: boolean;
            /** @description Qualified WTE still needed to reach the target: max(0, staffWte / targetRatio − qualifiedWte) */
            gapWte: number | null;
            /**
             * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
             * @example RJ1
             */
            odsCode: string;
            organisationName: string;
            policy: {
                /**
                 * @description NHS financial year, YYYY-YY
                 * @example 2024-25
                 */
                effectiveFrom: string;
                flagThreshold: number;
                targetRatio: number;
            } | null;
            /** @description WTE, at most 2 decimal places */
            qualifiedWte: number;
            /** @description staffWte / qualifiedWte, unrounded; null with no qualified staff */
            ratio: number | null;
            /** @description e.g. "1:1,730", or "no qualified staff" */
            ratioDisplay: string;
            /** @example Y56 */
            regionCode: string;
            revision: number;
            roles: {
                clinicalLibrarianWte: number | null;
                knowledgeManagerWte: number | null;
                otherEmbeddedWte: number | null;
            } | null;
            staffSnapshotDate: string | null;
            staffSource: string | null;
            /** @description WTE, at most 2 decimal places */
            staffWte: number;
            /**
             * @description `approved` while this revision holds an approval; an amendment makes the return `submitted` again
             * @enum {string}
             */
            status: "submitted" | "approved";
            /**
             * Format: date-time
             * @description ISO 8601 UTC timestamp
             * @example 2025-10-01T09:00:00.000Z
             */
            submittedAt: string;
            submittedBy: string;
            /** @enum {string} */
            type: "acute" | "integrated" | "mental_health" | "community" | "ambulance" | "specialist" | "icb" | "other";
            /** @description Set when a library service's return reports for this organisation: its qualifiedWte and gapWte are its shares of the service's, and ratio and band the service's */
            via: {
                libraryService: string;
            } | null;
            warnings: {
                /** @description Stable machine-readable code, e.g. no_qualified_staff */
                code: string;
                message: string;
            }[];
            /**
             * @description NHS financial year, YYYY-YY
             * @example 2024-25
             */
            year: string;
        };
        YearProgress: {
            national: {
                /** @description Of those, how many have their current revision approved */
                approved: number;
                /** @description Organisations open on any day of the year */
                expected: number;
                /** @description Of those, how many have a return */
                reported: number;
            };
            regions: {
                /** @description Of those, how many have their current revision approved */
                approved: number;
                /** @description Organisations open on any day of the year */
                expected: number;
                /** @description Expected organisations without a return */
                missing: string[];
                name: string;
                /** @example Y56 */
                regionCode: string;
                /** @description Of those, how many have a return */
                reported: number;
            }[];
            /**
             * @description NHS financial year, YYYY-YY
             * @example 2024-25
             */
            year: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The version of what was answered: send it in If-None-Match to revalidate (304), or in If-Match to change it safely */
        ETag: string;
        /** @description Where the created resource is */
        Location: string;
        /** @description The request budget left: "per-minute";r=<requests remaining>;t=<seconds until it renews> (IETF draft-ietf-httpapi-ratelimit-headers) */
        RateLimit: string;
        /** @description The request budget: "per-minute";q=<requests>;w=60 */
        "RateLimit-Policy": string;
        /** @description Seconds to wait before trying again */
        "Retry-After": number;
        /** @description This request's id, as the logs and the audit trail name it (the caller's own X-Request-Id is kept beside it) */
        "X-Request-Id": string;
        /** @description With CSV and XLSX: the number of items matching the filters */
        "X-Total-Count": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "checks": {
                     *         "database": "ok"
                     *       }
                     *     }
                     */
                    "application/json": {
                        checks?: {
                            /** @enum {string} */
                            database: "ok";
                        };
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "checks": {
                     *         "database": "ok"
                     *       }
                     *     }
                     */
                    "application/json": {
                        checks?: {
                            /** @enum {string} */
                            database: "ok";
                        };
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/plain; version=0.0.4 */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/plain; version=0.0.4": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProblemTypes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "name": "string",
                     *           "type": "string",
                     *           "title": "string",
                     *           "status": [
                     *             1
                     *           ],
                     *           "description": "string",
                     *           "whatToDo": "string"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["ProblemType"][];
                    };
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProblemType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description e.g. validation-error */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "string",
                     *       "type": "string",
                     *       "title": "string",
                     *       "status": [
                     *         1
                     *       ],
                     *       "description": "string",
                     *       "whatToDo": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["ProblemType"];
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServiceInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "string",
                     *       "title": "string",
                     *       "version": "string",
                     *       "docs": "string",
                     *       "openapi": "string",
                     *       "notices": [
                     *         "string"
                     *       ]
                     *     }
                     */
                    "application/json": {
                        /** @description Interactive API documentation */
                        docs: string;
                        name: string;
                        /** @description Things every user of this instance should know, e.g. that its data is synthetic */
                        notices: string[];
                        /** @description The OpenAPI 3.1 document */
                        openapi: string;
                        title: string;
                        version: string;
                    };
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                /** @description Items per page (default 50; for CSV, all items unless given), at most 1000 */
                limit?: string;
                /** @description Items to skip */
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *           "name": "string",
                     *           "role": "admin",
                     *           "organisations": [
                     *             "RJ1"
                     *           ],
                     *           "regions": [
                     *             "Y56"
                     *           ],
                     *           "prefix": "string",
                     *           "createdAt": "2025-10-01T09:00:00.000Z",
                     *           "revokedAt": "2025-10-01T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 1,
                     *         "offset": 1
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["ApiKey"][];
                        meta: {
                            limit: number;
                            offset: number;
                            /** @description Items matching the filters, over all pages */
                            total: number;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "string",
                 *       "role": "admin",
                 *       "organisations": [],
                 *       "regions": []
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** @default [] */
                    organisations?: string[];
                    /**
                     * @description Required for a reviewer: the region codes it approves returns in
                     * @default []
                     */
                    regions?: string[];
                    /** @enum {string} */
                    role: "admin" | "analyst" | "reviewer" | "submitter";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "497f6eca-6276-4993-bfeb-53cbbbba6f08",
                     *       "name": "string",
                     *       "role": "admin",
                     *       "organisations": [
                     *         "RJ1"
                     *       ],
                     *       "regions": [
                     *         "Y56"
                     *       ],
                     *       "prefix": "string",
                     *       "createdAt": "2025-10-01T09:00:00.000Z",
                     *       "revokedAt": "2025-10-01T09:00:00.000Z",
                     *       "key": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but breaks a rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteApiKeys: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked (or revoked already) */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAudit: {
        parameters: {
            query?: {
                /** @description API key id */
                actor?: string;
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                entity?: "region" | "organisation" | "policy" | "year" | "return" | "publication" | "api_key" | "notice";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                /** @description Items per page (default 50; for CSV, all items unless given), at most 1000 */
                limit?: string;
                /** @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1) */
                odsCode?: string;
                /** @description Items to skip */
                offset?: string;
                since?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "string",
                     *           "at": "2025-10-01T09:00:00.000Z",
                     *           "actor": {
                     *             "keyId": "string",
                     *             "role": "string",
                     *             "label": "string"
                     *           },
                     *           "action": "string",
                     *           "entity": "string",
                     *           "entityId": "string",
                     *           "odsCode": "string",
                     *           "before": {
                     *             "property1": null,
                     *             "property2": null
                     *           },
                     *           "after": {
                     *             "property1": null,
                     *             "property2": null
                     *           },
                     *           "requestId": "string",
                     *           "clientRequestId": "string"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 1,
                     *         "offset": 1
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["AuditEvent"][];
                        meta: {
                            limit: number;
                            offset: number;
                            /** @description Items matching the filters, over all pages */
                            total: number;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getChart: {
        parameters: {
            query?: {
                /** @description Charts draw published figures */
                basis?: "published";
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description For `trend`: national, region or type */
                groupBy?: "national" | "region" | "type";
                /** @description For `trend` by region or type: the group (e.g. Y56, acute); default every group */
                key?: string;
                /** @description For `organisation`: whose history */
                odsCode?: string;
                /** @description The year (default: the latest published) */
                year?: string;
            };
            header?: never;
            path: {
                name: "trend.svg" | "trend.csv" | "trend.xlsx" | "regions.svg" | "regions.csv" | "regions.xlsx" | "distribution.svg" | "distribution.csv" | "distribution.xlsx" | "organisation.svg" | "organisation.csv" | "organisation.xlsx";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description image/svg+xml */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "image/svg+xml": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLibraryServices: {
        parameters: {
            query?: {
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                /** @description Items per page (default 50; for CSV, all items unless given), at most 1000 */
                limit?: string;
                /** @description Items to skip */
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "code": "string",
                     *           "name": "string",
                     *           "hostOdsCode": "RJ1",
                     *           "members": [
                     *             {
                     *               "odsCode": "RJ1",
                     *               "name": "string",
                     *               "regionCode": "Y56",
                     *               "fromYear": "2024-25",
                     *               "toYear": "2024-25"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 1,
                     *         "offset": 1
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["LibraryService"][];
                        meta: {
                            limit: number;
                            offset: number;
                            /** @description Items matching the filters, over all pages */
                            total: number;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLibraryServices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "string",
                 *       "name": "string",
                 *       "hostOdsCode": "RJ1",
                 *       "members": [
                 *         {
                 *           "odsCode": "RJ1",
                 *           "fromYear": "2024-25",
                 *           "toYear": "2024-25"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description 3 to 10 upper-case letters or digits */
                    code: string;
                    /**
                     * @description The organisation that hosts it: also one of its members
                     * @example RJ1
                     */
                    hostOdsCode: string;
                    members: {
                        /**
                         * @description First year it serves the organisation, e.g. 2024-25
                         * @example 2024-25
                         */
                        fromYear: string;
                        /**
                         * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
                         * @example RJ1
                         */
                        odsCode: string;
                        /** @description Last year; null or absent: open-ended */
                        toYear?: string | null;
                    }[];
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "string",
                     *       "name": "string",
                     *       "hostOdsCode": "RJ1",
                     *       "members": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "fromYear": "2024-25",
                     *           "toYear": "2024-25"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LibraryService"];
                };
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but breaks a rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLibraryServices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 3 to 10 upper-case letters or digits */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "string",
                     *       "name": "string",
                     *       "hostOdsCode": "RJ1",
                     *       "members": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "fromYear": "2024-25",
                     *           "toYear": "2024-25"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LibraryService"];
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateLibraryServices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 3 to 10 upper-case letters or digits */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "string",
                 *       "hostOdsCode": "RJ1",
                 *       "members": [
                 *         {
                 *           "odsCode": "RJ1",
                 *           "fromYear": "2024-25",
                 *           "toYear": "2024-25"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
                     * @example RJ1
                     */
                    hostOdsCode?: string;
                    /** @description Replaces the whole list */
                    members?: {
                        /**
                         * @description First year it serves the organisation, e.g. 2024-25
                         * @example 2024-25
                         */
                        fromYear: string;
                        /**
                         * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
                         * @example RJ1
                         */
                        odsCode: string;
                        /** @description Last year; null or absent: open-ended */
                        toYear?: string | null;
                    }[];
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "string",
                     *       "name": "string",
                     *       "hostOdsCode": "RJ1",
                     *       "members": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "fromYear": "2024-25",
                     *           "toYear": "2024-25"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LibraryService"];
                };
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but breaks a rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLibraryServicesReturns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 3 to 10 upper-case letters or digits */
                code: string;
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "string",
                     *       "name": "string",
                     *       "year": "2024-25",
                     *       "qualifiedWte": 0,
                     *       "roles": {
                     *         "clinicalLibrarianWte": 0,
                     *         "knowledgeManagerWte": 0,
                     *         "otherEmbeddedWte": 0
                     *       },
                     *       "staffWte": 0,
                     *       "ratio": 0,
                     *       "ratioDisplay": "string",
                     *       "band": "meets_target",
                     *       "gapWte": 0,
                     *       "policy": {
                     *         "effectiveFrom": "2024-25",
                     *         "flagThreshold": 1,
                     *         "targetRatio": 1
                     *       },
                     *       "members": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "gapWte": 0
                     *         }
                     *       ],
                     *       "staffSource": "string",
                     *       "staffSnapshotDate": "string",
                     *       "comment": "string",
                     *       "revision": 1,
                     *       "status": "submitted",
                     *       "submittedAt": "2025-10-01T09:00:00.000Z",
                     *       "submittedBy": "string",
                     *       "warnings": [
                     *         {
                     *           "code": "string",
                     *           "message": "string"
                     *         }
                     *       ],
                     *       "acknowledgedWarnings": [
                     *         "string"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LibraryServiceReturn"];
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putLibraryServicesReturns: {
        parameters: {
            query?: {
                /** @description true: validate and compute, store nothing */
                dryRun?: "true" | "false";
            };
            header?: {
                /** @description The service return's ETag from your last read; 412 if it has changed since */
                "if-match"?: string;
                /** @description `*`: create only; 412 if the return exists already */
                "if-none-match"?: string;
            };
            path: {
                /** @description 3 to 10 upper-case letters or digits */
                code: string;
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "qualifiedWte": 1250.5,
                 *       "roles": {
                 *         "clinicalLibrarianWte": 1250.5,
                 *         "knowledgeManagerWte": 1250.5,
                 *         "otherEmbeddedWte": 1250.5
                 *       },
                 *       "staffSource": "string",
                 *       "staffSnapshotDate": "2025-03-31",
                 *       "comment": "string",
                 *       "acknowledgedWarnings": [
                 *         "string"
                 *       ],
                 *       "members": [
                 *         {
                 *           "odsCode": "RJ1",
                 *           "staffWte": 1250.5
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Codes of this return's warnings that the submitter confirms; `comment` must explain them (422 otherwise, or for a code the return does not have) */
                    acknowledgedWarnings?: string[] | null;
                    comment?: string | null;
                    /** @description One entry for each member in that year (422 if one is missing or extra) */
                    members: {
                        /**
                         * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
                         * @example RJ1
                         */
                        odsCode: string;
                        /**
                         * @description The member's WTE NHS staff (> 0). At most 2 decimal places; a JSON number or a decimal string.
                         * @example 1250.5
                         */
                        staffWte: number | string;
                    }[];
                    /**
                     * @description WTE qualified library and knowledge specialists (>= 0). At most 2 decimal places; a JSON number or a decimal string.
                     * @example 1250.5
                     */
                    qualifiedWte: number | string;
                    /** @description Breakdown of the qualified WTE by role; must not sum to more than qualifiedWte */
                    roles?: {
                        /**
                         * @description WTE clinical librarians. At most 2 decimal places; a JSON number or a decimal string.
                         * @example 1250.5
                         */
                        clinicalLibrarianWte?: number | string;
                        /**
                         * @description WTE knowledge managers. At most 2 decimal places; a JSON number or a decimal string.
                         * @example 1250.5
                         */
                        knowledgeManagerWte?: number | string;
                        /**
                         * @description WTE other embedded roles. At most 2 decimal places; a JSON number or a decimal string.
                         * @example 1250.5
                         */
                        otherEmbeddedWte?: number | string;
                    } | null;
                    /** @description The date the staff WTE was taken */
                    staffSnapshotDate?: string | null;
                    /** @description Where the staff WTE comes from, e.g. ESR */
                    staffSource?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "string",
                     *       "name": "string",
                     *       "year": "2024-25",
                     *       "qualifiedWte": 0,
                     *       "roles": {
                     *         "clinicalLibrarianWte": 0,
                     *         "knowledgeManagerWte": 0,
                     *         "otherEmbeddedWte": 0
                     *       },
                     *       "staffWte": 0,
                     *       "ratio": 0,
                     *       "ratioDisplay": "string",
                     *       "band": "meets_target",
                     *       "gapWte": 0,
                     *       "policy": {
                     *         "effectiveFrom": "2024-25",
                     *         "flagThreshold": 1,
                     *         "targetRatio": 1
                     *       },
                     *       "members": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "gapWte": 0
                     *         }
                     *       ],
                     *       "staffSource": "string",
                     *       "staffSnapshotDate": "string",
                     *       "comment": "string",
                     *       "revision": 1,
                     *       "status": "submitted",
                     *       "submittedAt": "2025-10-01T09:00:00.000Z",
                     *       "submittedBy": "string",
                     *       "warnings": [
                     *         {
                     *           "code": "string",
                     *           "message": "string"
                     *         }
                     *       ],
                     *       "acknowledgedWarnings": [
                     *         "string"
                     *       ],
                     *       "dryRun": true
                     *     }
                     */
                    "application/json": components["schemas"]["SubmittedLibraryServiceReturn"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "string",
                     *       "name": "string",
                     *       "year": "2024-25",
                     *       "qualifiedWte": 0,
                     *       "roles": {
                     *         "clinicalLibrarianWte": 0,
                     *         "knowledgeManagerWte": 0,
                     *         "otherEmbeddedWte": 0
                     *       },
                     *       "staffWte": 0,
                     *       "ratio": 0,
                     *       "ratioDisplay": "string",
                     *       "band": "meets_target",
                     *       "gapWte": 0,
                     *       "policy": {
                     *         "effectiveFrom": "2024-25",
                     *         "flagThreshold": 1,
                     *         "targetRatio": 1
                     *       },
                     *       "members": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "gapWte": 0
                     *         }
                     *       ],
                     *       "staffSource": "string",
                     *       "staffSnapshotDate": "string",
                     *       "comment": "string",
                     *       "revision": 1,
                     *       "status": "submitted",
                     *       "submittedAt": "2025-10-01T09:00:00.000Z",
                     *       "submittedBy": "string",
                     *       "warnings": [
                     *         {
                     *           "code": "string",
                     *           "message": "string"
                     *         }
                     *       ],
                     *       "acknowledgedWarnings": [
                     *         "string"
                     *       ],
                     *       "dryRun": true
                     *     }
                     */
                    "application/json": components["schemas"]["SubmittedLibraryServiceReturn"];
                };
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but breaks a rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLibraryServicesReturnsApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 3 to 10 upper-case letters or digits */
                code: string;
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "revision": 1
                 *     }
                 */
                "application/json": {
                    revision: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "string",
                     *       "name": "string",
                     *       "year": "2024-25",
                     *       "qualifiedWte": 0,
                     *       "roles": {
                     *         "clinicalLibrarianWte": 0,
                     *         "knowledgeManagerWte": 0,
                     *         "otherEmbeddedWte": 0
                     *       },
                     *       "staffWte": 0,
                     *       "ratio": 0,
                     *       "ratioDisplay": "string",
                     *       "band": "meets_target",
                     *       "gapWte": 0,
                     *       "policy": {
                     *         "effectiveFrom": "2024-25",
                     *         "flagThreshold": 1,
                     *         "targetRatio": 1
                     *       },
                     *       "members": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "gapWte": 0
                     *         }
                     *       ],
                     *       "staffSource": "string",
                     *       "staffSnapshotDate": "string",
                     *       "comment": "string",
                     *       "revision": 1,
                     *       "status": "submitted",
                     *       "submittedAt": "2025-10-01T09:00:00.000Z",
                     *       "submittedBy": "string",
                     *       "warnings": [
                     *         {
                     *           "code": "string",
                     *           "message": "string"
                     *         }
                     *       ],
                     *       "acknowledgedWarnings": [
                     *         "string"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LibraryServiceReturn"];
                };
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLibraryServicesReturnsRevisions: {
        parameters: {
            query?: {
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                /** @description Items per page (default 50; for CSV, all items unless given), at most 1000 */
                limit?: string;
                /** @description Items to skip */
                offset?: string;
            };
            header?: never;
            path: {
                /** @description 3 to 10 upper-case letters or digits */
                code: string;
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "code": "string",
                     *           "name": "string",
                     *           "year": "2024-25",
                     *           "qualifiedWte": 0,
                     *           "roles": {
                     *             "clinicalLibrarianWte": 0,
                     *             "knowledgeManagerWte": 0,
                     *             "otherEmbeddedWte": 0
                     *           },
                     *           "staffWte": 0,
                     *           "ratio": 0,
                     *           "ratioDisplay": "string",
                     *           "band": "meets_target",
                     *           "gapWte": 0,
                     *           "policy": {
                     *             "effectiveFrom": "2024-25",
                     *             "flagThreshold": 1,
                     *             "targetRatio": 1
                     *           },
                     *           "members": [
                     *             {
                     *               "odsCode": "RJ1",
                     *               "name": "string",
                     *               "regionCode": "Y56",
                     *               "staffWte": 0,
                     *               "qualifiedWte": 0,
                     *               "gapWte": 0
                     *             }
                     *           ],
                     *           "staffSource": "string",
                     *           "staffSnapshotDate": "string",
                     *           "comment": "string",
                     *           "revision": 1,
                     *           "status": "submitted",
                     *           "submittedAt": "2025-10-01T09:00:00.000Z",
                     *           "submittedBy": "string",
                     *           "warnings": [
                     *             {
                     *               "code": "string",
                     *               "message": "string"
                     *             }
                     *           ],
                     *           "acknowledgedWarnings": [
                     *             "string"
                     *           ]
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 1,
                     *         "offset": 1
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["LibraryServiceReturn"][];
                        meta: {
                            limit: number;
                            offset: number;
                            /** @description Items matching the filters, over all pages */
                            total: number;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMonitoringCompleteness: {
        parameters: {
            query?: {
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                region?: string;
            };
            header?: never;
            path: {
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": "2024-25",
                     *       "expected": 1,
                     *       "reported": 1,
                     *       "missing": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "type": "acute"
                     *         }
                     *       ],
                     *       "status": "provisional",
                     *       "asAt": "2025-10-01T09:00:00.000Z",
                     *       "publication": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["Completeness"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFlaggedOrganisations: {
        parameters: {
            query?: {
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                /** @description Items per page (default 50; for CSV, all items unless given), at most 1000 */
                limit?: string;
                /** @description Items to skip */
                offset?: string;
                region?: string;
                type?: "acute" | "integrated" | "mental_health" | "community" | "ambulance" | "specialist" | "icb" | "other";
            };
            header?: never;
            path: {
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "type": "acute",
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "ratio": 0,
                     *           "ratioDisplay": "string",
                     *           "band": "meets_target",
                     *           "gapWte": 0
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 1,
                     *         "offset": 1
                     *       },
                     *       "status": "provisional",
                     *       "asAt": "2025-10-01T09:00:00.000Z",
                     *       "publication": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["FlaggedOrganisations"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBenchmarkedOrganisations: {
        parameters: {
            query?: {
                band?: "meets_target" | "short_of_target" | "flagged";
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description Against the previous year: `new` without a return then; `improving` when the ratio fell by at least the materiality, `worsening` when it rose by at least it (into no qualified staff is worsening, out of it improving), otherwise `stable` */
                change?: "new" | "improving" | "stable" | "worsening";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns */
                format?: "json" | "csv" | "xlsx";
                /** @description Items per page (default 50; for CSV, all items unless given), at most 1000 */
                limit?: string;
                /** @description The relative change in ratio that counts as a change of direction (default 0.05, inclusive) */
                materiality?: string;
                /** @description Items to skip */
                offset?: string;
                region?: string;
                /** @description `rank` (lowest ratio first), `odsCode`, `-gapWte` (largest gap first), `-change` (largest relative rise first; losing every qualified specialist first of all) */
                sort?: "rank" | "odsCode" | "-gapWte" | "-change";
                type?: "acute" | "integrated" | "mental_health" | "community" | "ambulance" | "specialist" | "icb" | "other";
            };
            header?: never;
            path: {
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "odsCode": "ZD097",
                     *           "name": "Synthetic Integrated Care Trust 097 (demo data)",
                     *           "regionCode": "Y63",
                     *           "type": "integrated",
                     *           "staffWte": 5683.52,
                     *           "qualifiedWte": 2.39,
                     *           "ratio": 2378.041841004184,
                     *           "ratioDisplay": "1:2,378",
                     *           "band": "flagged",
                     *           "gapWte": 2.16,
                     *           "libraryService": null,
                     *           "rank": 196,
                     *           "regionRank": 29,
                     *           "quintile": 5,
                     *           "vsEngland": 1.5837227024052056,
                     *           "change": {
                     *             "staffWte": 321.1,
                     *             "qualifiedWte": -0.17,
                     *             "ratio": 0.13526861248665925,
                     *             "previousBand": "flagged",
                     *             "direction": "worsening"
                     *           }
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 14,
                     *         "limit": 1,
                     *         "offset": 0
                     *       },
                     *       "year": "2024-25",
                     *       "nationalRatio": 1501.551905136324,
                     *       "materiality": 0.05,
                     *       "status": "published",
                     *       "asAt": "2026-12-02T04:30:38.225Z",
                     *       "publication": "/v1/publications/2024-25/versions/1"
                     *     }
                     */
                    "application/json": components["schemas"]["BenchmarkedOrganisations"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getScenario: {
        parameters: {
            query?: {
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description At or above 1:flagThreshold is flagged (default: the year's policy) */
                flagThreshold?: string;
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                groupBy?: "national" | "region" | "type";
                /** @description Each organisation's staff grows at this rate a year, compounded (with yearsAhead); from -0.2 to 0.2 */
                staffGrowth?: string;
                /** @description At or below 1:targetRatio meets the target (default: the year's policy) */
                targetRatio?: string;
                /** @description How many years of growth (with staffGrowth), at most 20 */
                yearsAhead?: string;
            };
            header?: never;
            path: {
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": "2024-25",
                     *       "policy": {
                     *         "flagThreshold": 2000,
                     *         "targetRatio": 1500
                     *       },
                     *       "inForce": {
                     *         "effectiveFrom": "2018-19",
                     *         "flagThreshold": 1730,
                     *         "targetRatio": 1250
                     *       },
                     *       "staffGrowth": 0.03,
                     *       "yearsAhead": 5,
                     *       "growthFactor": 1.1592740743,
                     *       "groups": [
                     *         {
                     *           "key": "national",
                     *           "name": "England",
                     *           "organisationsExpected": 218,
                     *           "organisationsReported": 218,
                     *           "staffWte": 1638252.02,
                     *           "qualifiedWte": 941.14,
                     *           "ratio": 1740.710223771171,
                     *           "ratioDisplay": "1:1,741",
                     *           "band": "short_of_target",
                     *           "flagged": false,
                     *           "gapWte": 202.75,
                     *           "counts": {
                     *             "meetsTarget": 47,
                     *             "shortOfTarget": 84,
                     *             "flagged": 87,
                     *             "noQualifiedStaff": 3
                     *           },
                     *           "distribution": {
                     *             "min": 804.7817679558011,
                     *             "p25": 1524.6268367522102,
                     *             "median": 1802.0560606060606,
                     *             "p75": 2215.495016611296,
                     *             "max": 4115.304761904762
                     *           },
                     *           "previousYear": {
                     *             "ratio": 1539.595752921388
                     *           }
                     *         }
                     *       ],
                     *       "status": "published",
                     *       "asAt": "2026-12-02T04:30:38.225Z",
                     *       "publication": "/v1/publications/2024-25/versions/1"
                     *     }
                     */
                    "application/json": components["schemas"]["Scenario"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but breaks a rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMonitoringSummary: {
        parameters: {
            query?: {
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                groupBy?: "national" | "region" | "type";
            };
            header?: never;
            path: {
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": "2024-25",
                     *       "policy": {
                     *         "effectiveFrom": "2024-25",
                     *         "flagThreshold": 1,
                     *         "targetRatio": 1
                     *       },
                     *       "groups": [
                     *         {
                     *           "key": "string",
                     *           "name": "string",
                     *           "organisationsExpected": 1,
                     *           "organisationsReported": 1,
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "ratio": 0,
                     *           "ratioDisplay": "string",
                     *           "band": "meets_target",
                     *           "flagged": true,
                     *           "gapWte": 0,
                     *           "counts": {
                     *             "meetsTarget": 1,
                     *             "shortOfTarget": 1,
                     *             "flagged": 1,
                     *             "noQualifiedStaff": 1
                     *           },
                     *           "distribution": {
                     *             "min": 0,
                     *             "p25": 0,
                     *             "median": 0,
                     *             "p75": 0,
                     *             "max": 0
                     *           },
                     *           "previousYear": {
                     *             "ratio": 0
                     *           }
                     *         }
                     *       ],
                     *       "status": "provisional",
                     *       "asAt": "2025-10-01T09:00:00.000Z",
                     *       "publication": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["MonitoringSummary"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProjections: {
        parameters: {
            query?: {
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                groupBy?: "national" | "region" | "type";
                /** @description The last projected year (default: five years after the latest year with returns) */
                to?: string;
                /** @description The basis's last year (default: the latest year with returns). A year still being reported pulls pooled figures down: `until` leaves it out. */
                until?: string;
                /** @description How many reported years the lines are fitted to (at least 3; default 5) */
                years?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "groupBy": "national",
                     *       "to": "2030-31",
                     *       "method": "Ordinary least squares: a straight line fitted, in exact decimals, to each of the group's pooled staff WTE and pooled qualified WTE over its last 5 reported years, counted back from 2024-25 (the latest year with returns up to 2024-25, as asked by until). Each projected ratio is fitted staff ÷ fitted qualified (unrounded), banded under that year's policy; a fitted WTE below zero counts as zero. Pooled figures are sums over the organisations that reported each year, so a year few have reported yet pulls the lines down: basis.points shows each year's organisationsReported. A group with fewer than 3 reported years is not projected (omitted).",
                     *       "groups": [
                     *         {
                     *           "key": "national",
                     *           "name": "England",
                     *           "basis": {
                     *             "from": "2020-21",
                     *             "to": "2024-25",
                     *             "years": 5,
                     *             "points": [
                     *               {
                     *                 "year": "2023-24",
                     *                 "organisationsReported": 218,
                     *                 "staffWte": 1391301.89,
                     *                 "qualifiedWte": 903.68,
                     *                 "ratio": 1539.595752921388,
                     *                 "band": "short_of_target"
                     *               },
                     *               {
                     *                 "year": "2024-25",
                     *                 "organisationsReported": 218,
                     *                 "staffWte": 1413170.56,
                     *                 "qualifiedWte": 941.14,
                     *                 "ratio": 1501.551905136324,
                     *                 "band": "short_of_target"
                     *               }
                     *             ]
                     *           },
                     *           "points": [
                     *             {
                     *               "year": "2029-30",
                     *               "staffWte": 1505834.31,
                     *               "qualifiedWte": 1103.96,
                     *               "ratio": 1364.0273025701972,
                     *               "band": "short_of_target"
                     *             },
                     *             {
                     *               "year": "2030-31",
                     *               "staffWte": 1524628.67,
                     *               "qualifiedWte": 1136.98,
                     *               "ratio": 1340.945902302591,
                     *               "band": "short_of_target"
                     *             }
                     *           ],
                     *           "targetMetIn": null,
                     *           "wteNeeded": {
                     *             "byYear": "2030-31",
                     *             "qualifiedWte": 1219.7,
                     *             "additionalWte": 278.56
                     *           }
                     *         }
                     *       ],
                     *       "omitted": []
                     *     }
                     */
                    "application/json": components["schemas"]["Projections"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but breaks a rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMonitoringTrends: {
        parameters: {
            query?: {
                /** @description With a key the default is `live`; without a key trends are always `published` */
                basis?: "live" | "published";
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                /** @description First year, e.g. 2018-19 */
                from?: string;
                groupBy?: "national" | "region" | "type";
                /** @description Last year, e.g. 2025-26 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "basis": "live",
                     *       "groups": [
                     *         {
                     *           "key": "string",
                     *           "name": "string",
                     *           "points": [
                     *             {
                     *               "year": "2024-25",
                     *               "organisationsReported": 1,
                     *               "staffWte": 0,
                     *               "qualifiedWte": 0,
                     *               "ratio": 0,
                     *               "ratioDisplay": "string",
                     *               "band": "meets_target",
                     *               "flagged": true,
                     *               "gapWte": 0,
                     *               "counts": {
                     *                 "meetsTarget": 1,
                     *                 "shortOfTarget": 1,
                     *                 "flagged": 1,
                     *                 "noQualifiedStaff": 1
                     *               },
                     *               "status": "provisional",
                     *               "asAt": "2025-10-01T09:00:00.000Z",
                     *               "publication": "string"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MonitoringTrends"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganisations: {
        parameters: {
            query?: {
                /** @description true: open today; false: closed or not yet open */
                active?: "true" | "false";
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                /** @description Items per page (default 50; for CSV, all items unless given), at most 1000 */
                limit?: string;
                /** @description Items to skip */
                offset?: string;
                /** @description Name contains, or ODS code starts with */
                q?: string;
                /** @description Only this region */
                region?: string;
                /** @description Only this type */
                type?: "acute" | "integrated" | "mental_health" | "community" | "ambulance" | "specialist" | "icb" | "other";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "type": "acute",
                     *           "regionCode": "Y56",
                     *           "openedOn": "2025-03-31",
                     *           "closedOn": "2025-03-31",
                     *           "successorOdsCode": "RJ1",
                     *           "createdAt": "2025-10-01T09:00:00.000Z",
                     *           "updatedAt": "2025-10-01T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 1,
                     *         "offset": 1
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Organisation"][];
                        meta: {
                            limit: number;
                            offset: number;
                            /** @description Items matching the filters, over all pages */
                            total: number;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOrganisations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "odsCode": "RJ1",
                 *       "name": "string",
                 *       "type": "acute",
                 *       "regionCode": "Y56",
                 *       "openedOn": "2025-03-31",
                 *       "closedOn": "2025-03-31",
                 *       "successorOdsCode": "RJ1"
                 *     }
                 */
                "application/json": {
                    closedOn?: string | null;
                    name: string;
                    /**
                     * @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1)
                     * @example RJ1
                     */
                    odsCode: string;
                    openedOn?: string | null;
                    /** @example Y56 */
                    regionCode: string;
                    successorOdsCode?: string | null;
                    /** @enum {string} */
                    type: "acute" | "integrated" | "mental_health" | "community" | "ambulance" | "specialist" | "icb" | "other";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "odsCode": "RJ1",
                     *       "name": "string",
                     *       "type": "acute",
                     *       "regionCode": "Y56",
                     *       "openedOn": "2025-03-31",
                     *       "closedOn": "2025-03-31",
                     *       "successorOdsCode": "RJ1",
                     *       "createdAt": "2025-10-01T09:00:00.000Z",
                     *       "updatedAt": "2025-10-01T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but breaks a rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOrganisations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1) */
                odsCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "odsCode": "RJ1",
                     *       "name": "string",
                     *       "type": "acute",
                     *       "regionCode": "Y56",
                     *       "openedOn": "2025-03-31",
                     *       "closedOn": "2025-03-31",
                     *       "successorOdsCode": "RJ1",
                     *       "createdAt": "2025-10-01T09:00:00.000Z",
                     *       "updatedAt": "2025-10-01T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateOrganisations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1) */
                odsCode: string;
            };
            cookie?: never;
        };
        /** @description Only the fields to change; null clears an optional field. The ODS code cannot change. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "string",
                 *       "type": "acute",
                 *       "regionCode": "Y56",
                 *       "openedOn": "2025-03-31",
                 *       "closedOn": "2025-03-31",
                 *       "successorOdsCode": "RJ1"
                 *     }
                 */
                "application/json": {
                    closedOn?: string | null;
                    name?: string;
                    openedOn?: string | null;
                    /** @example Y56 */
                    regionCode?: string;
                    successorOdsCode?: string | null;
                    /** @enum {string} */
                    type?: "acute" | "integrated" | "mental_health" | "community" | "ambulance" | "specialist" | "icb" | "other";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "odsCode": "RJ1",
                     *       "name": "string",
                     *       "type": "acute",
                     *       "regionCode": "Y56",
                     *       "openedOn": "2025-03-31",
                     *       "closedOn": "2025-03-31",
                     *       "successorOdsCode": "RJ1",
                     *       "createdAt": "2025-10-01T09:00:00.000Z",
                     *       "updatedAt": "2025-10-01T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Organisation"];
                };
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but breaks a rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOrganisationReturns: {
        parameters: {
            query?: {
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                /** @description Items per page (default 50; for CSV, all items unless given), at most 1000 */
                limit?: string;
                /** @description Items to skip */
                offset?: string;
            };
            header?: never;
            path: {
                /** @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1) */
                odsCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "organisationName": "string",
                     *           "regionCode": "Y56",
                     *           "type": "acute",
                     *           "year": "2024-25",
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "roles": {
                     *             "clinicalLibrarianWte": 0,
                     *             "knowledgeManagerWte": 0,
                     *             "otherEmbeddedWte": 0
                     *           },
                     *           "staffSource": "string",
                     *           "staffSnapshotDate": "2025-03-31",
                     *           "comment": "string",
                     *           "ratio": 0,
                     *           "ratioDisplay": "string",
                     *           "band": "meets_target",
                     *           "flagged": true,
                     *           "gapWte": 0,
                     *           "policy": {
                     *             "effectiveFrom": "2024-25",
                     *             "flagThreshold": 1,
                     *             "targetRatio": 1
                     *           },
                     *           "revision": 1,
                     *           "submittedAt": "2025-10-01T09:00:00.000Z",
                     *           "submittedBy": "string",
                     *           "warnings": [
                     *             {
                     *               "code": "string",
                     *               "message": "string"
                     *             }
                     *           ],
                     *           "acknowledgedWarnings": [
                     *             "string"
                     *           ],
                     *           "via": {
                     *             "libraryService": "string"
                     *           },
                     *           "status": "submitted",
                     *           "approval": {
                     *             "revision": 1,
                     *             "at": "2025-10-01T09:00:00.000Z",
                     *             "by": {
                     *               "keyId": "string",
                     *               "name": "string",
                     *               "role": "string"
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 1,
                     *         "offset": 1
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["AnnualReturn"][];
                        meta: {
                            limit: number;
                            offset: number;
                            /** @description Items matching the filters, over all pages */
                            total: number;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1) */
                odsCode: string;
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "odsCode": "RJ1",
                     *       "organisationName": "string",
                     *       "regionCode": "Y56",
                     *       "type": "acute",
                     *       "year": "2024-25",
                     *       "staffWte": 0,
                     *       "qualifiedWte": 0,
                     *       "roles": {
                     *         "clinicalLibrarianWte": 0,
                     *         "knowledgeManagerWte": 0,
                     *         "otherEmbeddedWte": 0
                     *       },
                     *       "staffSource": "string",
                     *       "staffSnapshotDate": "2025-03-31",
                     *       "comment": "string",
                     *       "ratio": 0,
                     *       "ratioDisplay": "string",
                     *       "band": "meets_target",
                     *       "flagged": true,
                     *       "gapWte": 0,
                     *       "policy": {
                     *         "effectiveFrom": "2024-25",
                     *         "flagThreshold": 1,
                     *         "targetRatio": 1
                     *       },
                     *       "revision": 1,
                     *       "submittedAt": "2025-10-01T09:00:00.000Z",
                     *       "submittedBy": "string",
                     *       "warnings": [
                     *         {
                     *           "code": "string",
                     *           "message": "string"
                     *         }
                     *       ],
                     *       "acknowledgedWarnings": [
                     *         "string"
                     *       ],
                     *       "via": {
                     *         "libraryService": "string"
                     *       },
                     *       "status": "submitted",
                     *       "approval": {
                     *         "revision": 1,
                     *         "at": "2025-10-01T09:00:00.000Z",
                     *         "by": {
                     *           "keyId": "string",
                     *           "name": "string",
                     *           "role": "string"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AnnualReturn"];
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putReturn: {
        parameters: {
            query?: {
                /** @description true: validate and compute, store nothing */
                dryRun?: "true" | "false";
            };
            header?: {
                /** @description The return's ETag from your last read; 412 if it has changed since */
                "if-match"?: string;
                /** @description `*`: create only; 412 if the return exists already */
                "if-none-match"?: string;
            };
            path: {
                /** @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1) */
                odsCode: string;
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "staffWte": 1250.5,
                 *       "qualifiedWte": 1250.5,
                 *       "roles": {
                 *         "clinicalLibrarianWte": 1250.5,
                 *         "knowledgeManagerWte": 1250.5,
                 *         "otherEmbeddedWte": 1250.5
                 *       },
                 *       "staffSource": "string",
                 *       "staffSnapshotDate": "2025-03-31",
                 *       "comment": "string",
                 *       "acknowledgedWarnings": [
                 *         "string"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description Codes of this return's warnings that the submitter confirms; `comment` must explain them (422 otherwise, or for a code the return does not have) */
                    acknowledgedWarnings?: string[] | null;
                    comment?: string | null;
                    /**
                     * @description WTE qualified library and knowledge specialists (>= 0). At most 2 decimal places; a JSON number or a decimal string.
                     * @example 1250.5
                     */
                    qualifiedWte: number | string;
                    /** @description Breakdown of the qualified WTE by role; must not sum to more than qualifiedWte */
                    roles?: {
                        /**
                         * @description WTE clinical librarians. At most 2 decimal places; a JSON number or a decimal string.
                         * @example 1250.5
                         */
                        clinicalLibrarianWte?: number | string;
                        /**
                         * @description WTE knowledge managers. At most 2 decimal places; a JSON number or a decimal string.
                         * @example 1250.5
                         */
                        knowledgeManagerWte?: number | string;
                        /**
                         * @description WTE other embedded roles. At most 2 decimal places; a JSON number or a decimal string.
                         * @example 1250.5
                         */
                        otherEmbeddedWte?: number | string;
                    } | null;
                    /** @description The date the staff WTE was taken */
                    staffSnapshotDate?: string | null;
                    /** @description Where the staff WTE comes from, e.g. ESR */
                    staffSource?: string | null;
                    /**
                     * @description WTE NHS staff served (> 0). At most 2 decimal places; a JSON number or a decimal string.
                     * @example 1250.5
                     */
                    staffWte: number | string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "odsCode": "RJ1",
                     *       "organisationName": "string",
                     *       "regionCode": "Y56",
                     *       "type": "acute",
                     *       "year": "2024-25",
                     *       "staffWte": 0,
                     *       "qualifiedWte": 0,
                     *       "roles": {
                     *         "clinicalLibrarianWte": 0,
                     *         "knowledgeManagerWte": 0,
                     *         "otherEmbeddedWte": 0
                     *       },
                     *       "staffSource": "string",
                     *       "staffSnapshotDate": "2025-03-31",
                     *       "comment": "string",
                     *       "ratio": 0,
                     *       "ratioDisplay": "string",
                     *       "band": "meets_target",
                     *       "flagged": true,
                     *       "gapWte": 0,
                     *       "policy": {
                     *         "effectiveFrom": "2024-25",
                     *         "flagThreshold": 1,
                     *         "targetRatio": 1
                     *       },
                     *       "revision": 1,
                     *       "submittedAt": "2025-10-01T09:00:00.000Z",
                     *       "submittedBy": "string",
                     *       "warnings": [
                     *         {
                     *           "code": "string",
                     *           "message": "string"
                     *         }
                     *       ],
                     *       "acknowledgedWarnings": [
                     *         "string"
                     *       ],
                     *       "via": {
                     *         "libraryService": "string"
                     *       },
                     *       "status": "submitted",
                     *       "approval": {
                     *         "revision": 1,
                     *         "at": "2025-10-01T09:00:00.000Z",
                     *         "by": {
                     *           "keyId": "string",
                     *           "name": "string",
                     *           "role": "string"
                     *         }
                     *       },
                     *       "dryRun": true
                     *     }
                     */
                    "application/json": components["schemas"]["SubmittedReturn"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "odsCode": "RJ1",
                     *       "organisationName": "string",
                     *       "regionCode": "Y56",
                     *       "type": "acute",
                     *       "year": "2024-25",
                     *       "staffWte": 0,
                     *       "qualifiedWte": 0,
                     *       "roles": {
                     *         "clinicalLibrarianWte": 0,
                     *         "knowledgeManagerWte": 0,
                     *         "otherEmbeddedWte": 0
                     *       },
                     *       "staffSource": "string",
                     *       "staffSnapshotDate": "2025-03-31",
                     *       "comment": "string",
                     *       "ratio": 0,
                     *       "ratioDisplay": "string",
                     *       "band": "meets_target",
                     *       "flagged": true,
                     *       "gapWte": 0,
                     *       "policy": {
                     *         "effectiveFrom": "2024-25",
                     *         "flagThreshold": 1,
                     *         "targetRatio": 1
                     *       },
                     *       "revision": 1,
                     *       "submittedAt": "2025-10-01T09:00:00.000Z",
                     *       "submittedBy": "string",
                     *       "warnings": [
                     *         {
                     *           "code": "string",
                     *           "message": "string"
                     *         }
                     *       ],
                     *       "acknowledgedWarnings": [
                     *         "string"
                     *       ],
                     *       "via": {
                     *         "libraryService": "string"
                     *       },
                     *       "status": "submitted",
                     *       "approval": {
                     *         "revision": 1,
                     *         "at": "2025-10-01T09:00:00.000Z",
                     *         "by": {
                     *           "keyId": "string",
                     *           "name": "string",
                     *           "role": "string"
                     *         }
                     *       },
                     *       "dryRun": true
                     *     }
                     */
                    "application/json": components["schemas"]["SubmittedReturn"];
                };
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but breaks a rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1) */
                odsCode: string;
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "revision": 1
                 *     }
                 */
                "application/json": {
                    /** @description The revision you checked: 409 unless it is the current one */
                    revision: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "odsCode": "RJ1",
                     *       "organisationName": "string",
                     *       "regionCode": "Y56",
                     *       "type": "acute",
                     *       "year": "2024-25",
                     *       "staffWte": 0,
                     *       "qualifiedWte": 0,
                     *       "roles": {
                     *         "clinicalLibrarianWte": 0,
                     *         "knowledgeManagerWte": 0,
                     *         "otherEmbeddedWte": 0
                     *       },
                     *       "staffSource": "string",
                     *       "staffSnapshotDate": "2025-03-31",
                     *       "comment": "string",
                     *       "ratio": 0,
                     *       "ratioDisplay": "string",
                     *       "band": "meets_target",
                     *       "flagged": true,
                     *       "gapWte": 0,
                     *       "policy": {
                     *         "effectiveFrom": "2024-25",
                     *         "flagThreshold": 1,
                     *         "targetRatio": 1
                     *       },
                     *       "revision": 1,
                     *       "submittedAt": "2025-10-01T09:00:00.000Z",
                     *       "submittedBy": "string",
                     *       "warnings": [
                     *         {
                     *           "code": "string",
                     *           "message": "string"
                     *         }
                     *       ],
                     *       "acknowledgedWarnings": [
                     *         "string"
                     *       ],
                     *       "via": {
                     *         "libraryService": "string"
                     *       },
                     *       "status": "submitted",
                     *       "approval": {
                     *         "revision": 1,
                     *         "at": "2025-10-01T09:00:00.000Z",
                     *         "by": {
                     *           "keyId": "string",
                     *           "name": "string",
                     *           "role": "string"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AnnualReturn"];
                };
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1) */
                odsCode: string;
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "string"
                 *     }
                 */
                "application/json": {
                    /** @description Why the approval is withdrawn (required) */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "odsCode": "RJ1",
                     *       "organisationName": "string",
                     *       "regionCode": "Y56",
                     *       "type": "acute",
                     *       "year": "2024-25",
                     *       "staffWte": 0,
                     *       "qualifiedWte": 0,
                     *       "roles": {
                     *         "clinicalLibrarianWte": 0,
                     *         "knowledgeManagerWte": 0,
                     *         "otherEmbeddedWte": 0
                     *       },
                     *       "staffSource": "string",
                     *       "staffSnapshotDate": "2025-03-31",
                     *       "comment": "string",
                     *       "ratio": 0,
                     *       "ratioDisplay": "string",
                     *       "band": "meets_target",
                     *       "flagged": true,
                     *       "gapWte": 0,
                     *       "policy": {
                     *         "effectiveFrom": "2024-25",
                     *         "flagThreshold": 1,
                     *         "targetRatio": 1
                     *       },
                     *       "revision": 1,
                     *       "submittedAt": "2025-10-01T09:00:00.000Z",
                     *       "submittedBy": "string",
                     *       "warnings": [
                     *         {
                     *           "code": "string",
                     *           "message": "string"
                     *         }
                     *       ],
                     *       "acknowledgedWarnings": [
                     *         "string"
                     *       ],
                     *       "via": {
                     *         "libraryService": "string"
                     *       },
                     *       "status": "submitted",
                     *       "approval": {
                     *         "revision": 1,
                     *         "at": "2025-10-01T09:00:00.000Z",
                     *         "by": {
                     *           "keyId": "string",
                     *           "name": "string",
                     *           "role": "string"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AnnualReturn"];
                };
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReturnRevisions: {
        parameters: {
            query?: {
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                /** @description Items per page (default 50; for CSV, all items unless given), at most 1000 */
                limit?: string;
                /** @description Items to skip */
                offset?: string;
            };
            header?: never;
            path: {
                /** @description ODS code: 3 to 5 letters or digits, read in upper case (rj1 is RJ1) */
                odsCode: string;
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "organisationName": "string",
                     *           "regionCode": "Y56",
                     *           "type": "acute",
                     *           "year": "2024-25",
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "roles": {
                     *             "clinicalLibrarianWte": 0,
                     *             "knowledgeManagerWte": 0,
                     *             "otherEmbeddedWte": 0
                     *           },
                     *           "staffSource": "string",
                     *           "staffSnapshotDate": "2025-03-31",
                     *           "comment": "string",
                     *           "ratio": 0,
                     *           "ratioDisplay": "string",
                     *           "band": "meets_target",
                     *           "flagged": true,
                     *           "gapWte": 0,
                     *           "policy": {
                     *             "effectiveFrom": "2024-25",
                     *             "flagThreshold": 1,
                     *             "targetRatio": 1
                     *           },
                     *           "revision": 1,
                     *           "submittedAt": "2025-10-01T09:00:00.000Z",
                     *           "submittedBy": "string",
                     *           "warnings": [
                     *             {
                     *               "code": "string",
                     *               "message": "string"
                     *             }
                     *           ],
                     *           "acknowledgedWarnings": [
                     *             "string"
                     *           ],
                     *           "via": {
                     *             "libraryService": "string"
                     *           },
                     *           "status": "submitted",
                     *           "approval": {
                     *             "revision": 1,
                     *             "at": "2025-10-01T09:00:00.000Z",
                     *             "by": {
                     *               "keyId": "string",
                     *               "name": "string",
                     *               "role": "string"
                     *             }
                     *           },
                     *           "approvals": [
                     *             {
                     *               "at": "2025-10-01T09:00:00.000Z",
                     *               "by": {
                     *                 "keyId": "string",
                     *                 "name": "string",
                     *                 "role": "string"
                     *               },
                     *               "withdrawnAt": "2025-10-01T09:00:00.000Z",
                     *               "withdrawnBy": {
                     *                 "keyId": "string",
                     *                 "name": "string",
                     *                 "role": "string"
                     *               },
                     *               "reason": "string"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 1,
                     *         "offset": 1
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["ReturnRevision"][];
                        meta: {
                            limit: number;
                            offset: number;
                            /** @description Items matching the filters, over all pages */
                            total: number;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPolicies: {
        parameters: {
            query?: {
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                /** @description Items per page (default 50; for CSV, all items unless given), at most 1000 */
                limit?: string;
                /** @description Items to skip */
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": 1,
                     *           "effectiveFrom": "2024-25",
                     *           "flagThreshold": 1,
                     *           "targetRatio": 1,
                     *           "title": "string",
                     *           "createdAt": "2025-10-01T09:00:00.000Z"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 1,
                     *         "offset": 1
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Policy"][];
                        meta: {
                            limit: number;
                            offset: number;
                            /** @description Items matching the filters, over all pages */
                            total: number;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "effectiveFrom": "2024-25",
                 *       "flagThreshold": 1,
                 *       "targetRatio": 1,
                 *       "title": "string"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description NHS financial year, YYYY-YY (e.g. 2024-25)
                     * @example 2024-25
                     */
                    effectiveFrom: string;
                    flagThreshold: number;
                    targetRatio: number;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": 1,
                     *       "effectiveFrom": "2024-25",
                     *       "flagThreshold": 1,
                     *       "targetRatio": 1,
                     *       "title": "string",
                     *       "createdAt": "2025-10-01T09:00:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Policy"];
                };
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but breaks a rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPublications: {
        parameters: {
            query?: {
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                /** @description Items per page (default 50; for CSV, all items unless given), at most 1000 */
                limit?: string;
                /** @description Items to skip */
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "year": "2024-25",
                     *           "version": 1,
                     *           "publishedAt": "2025-10-01T09:00:00.000Z",
                     *           "note": "string"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 1,
                     *         "offset": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PublicationList"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPublications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "year": "2024-25",
                 *       "note": "string"
                 *     }
                 */
                "application/json": {
                    /** @description What this version is, e.g. "First publication" or "Corrects ZD012" */
                    note: string;
                    /**
                     * @description The reporting year to publish, e.g. 2025-26
                     * @example 2024-25
                     */
                    year: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": "2024-25",
                     *       "version": 1,
                     *       "publishedAt": "2025-10-01T09:00:00.000Z",
                     *       "note": "string",
                     *       "policy": {
                     *         "effectiveFrom": "2024-25",
                     *         "flagThreshold": 1,
                     *         "targetRatio": 1
                     *       },
                     *       "summary": {
                     *         "national": {
                     *           "key": "string",
                     *           "name": "string",
                     *           "organisationsExpected": 1,
                     *           "organisationsReported": 1,
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "ratio": 0,
                     *           "ratioDisplay": "string",
                     *           "band": "meets_target",
                     *           "flagged": true,
                     *           "gapWte": 0,
                     *           "counts": {
                     *             "meetsTarget": 1,
                     *             "shortOfTarget": 1,
                     *             "flagged": 1,
                     *             "noQualifiedStaff": 1
                     *           },
                     *           "distribution": {
                     *             "min": 0,
                     *             "p25": 0,
                     *             "median": 0,
                     *             "p75": 0,
                     *             "max": 0
                     *           },
                     *           "previousYear": {
                     *             "ratio": 0
                     *           }
                     *         },
                     *         "regions": [
                     *           {
                     *             "key": "string",
                     *             "name": "string",
                     *             "organisationsExpected": 1,
                     *             "organisationsReported": 1,
                     *             "staffWte": 0,
                     *             "qualifiedWte": 0,
                     *             "ratio": 0,
                     *             "ratioDisplay": "string",
                     *             "band": "meets_target",
                     *             "flagged": true,
                     *             "gapWte": 0,
                     *             "counts": {
                     *               "meetsTarget": 1,
                     *               "shortOfTarget": 1,
                     *               "flagged": 1,
                     *               "noQualifiedStaff": 1
                     *             },
                     *             "distribution": {
                     *               "min": 0,
                     *               "p25": 0,
                     *               "median": 0,
                     *               "p75": 0,
                     *               "max": 0
                     *             },
                     *             "previousYear": {
                     *               "ratio": 0
                     *             }
                     *           }
                     *         ],
                     *         "types": [
                     *           {
                     *             "key": "string",
                     *             "name": "string",
                     *             "organisationsExpected": 1,
                     *             "organisationsReported": 1,
                     *             "staffWte": 0,
                     *             "qualifiedWte": 0,
                     *             "ratio": 0,
                     *             "ratioDisplay": "string",
                     *             "band": "meets_target",
                     *             "flagged": true,
                     *             "gapWte": 0,
                     *             "counts": {
                     *               "meetsTarget": 1,
                     *               "shortOfTarget": 1,
                     *               "flagged": 1,
                     *               "noQualifiedStaff": 1
                     *             },
                     *             "distribution": {
                     *               "min": 0,
                     *               "p25": 0,
                     *               "median": 0,
                     *               "p75": 0,
                     *               "max": 0
                     *             },
                     *             "previousYear": {
                     *               "ratio": 0
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "organisations": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "type": "acute",
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "ratio": 0,
                     *           "ratioDisplay": "string",
                     *           "band": "meets_target",
                     *           "gapWte": 0
                     *         }
                     *       ],
                     *       "flagged": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "type": "acute",
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "ratio": 0,
                     *           "ratioDisplay": "string",
                     *           "band": "meets_target",
                     *           "gapWte": 0
                     *         }
                     *       ],
                     *       "completeness": {
                     *         "expected": 1,
                     *         "reported": 1,
                     *         "missing": [
                     *           {
                     *             "odsCode": "RJ1",
                     *             "name": "string",
                     *             "regionCode": "Y56",
                     *             "type": "acute"
                     *           }
                     *         ]
                     *       },
                     *       "excluded": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "reason": "string"
                     *         }
                     *       ],
                     *       "changes": {
                     *         "organisations": [
                     *           {
                     *             "odsCode": "RJ1",
                     *             "name": "string",
                     *             "before": {
                     *               "staffWte": 0,
                     *               "qualifiedWte": 0,
                     *               "ratio": 0,
                     *               "band": "meets_target"
                     *             },
                     *             "after": {
                     *               "staffWte": 0,
                     *               "qualifiedWte": 0,
                     *               "ratio": 0,
                     *               "band": "meets_target"
                     *             }
                     *           }
                     *         ],
                     *         "national": {
                     *           "before": {
                     *             "staffWte": 0,
                     *             "qualifiedWte": 0,
                     *             "ratio": 0,
                     *             "band": "meets_target"
                     *           },
                     *           "after": {
                     *             "staffWte": 0,
                     *             "qualifiedWte": 0,
                     *             "ratio": 0,
                     *             "band": "meets_target"
                     *           }
                     *         },
                     *         "regions": [
                     *           {
                     *             "key": "string",
                     *             "before": {
                     *               "staffWte": 0,
                     *               "qualifiedWte": 0,
                     *               "ratio": 0,
                     *               "band": "meets_target"
                     *             },
                     *             "after": {
                     *               "staffWte": 0,
                     *               "qualifiedWte": 0,
                     *               "ratio": 0,
                     *               "band": "meets_target"
                     *             }
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Publication"];
                };
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLatestPublication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": "2024-25",
                     *       "version": 1,
                     *       "publishedAt": "2025-10-01T09:00:00.000Z",
                     *       "note": "string",
                     *       "policy": {
                     *         "effectiveFrom": "2024-25",
                     *         "flagThreshold": 1,
                     *         "targetRatio": 1
                     *       },
                     *       "summary": {
                     *         "national": {
                     *           "key": "string",
                     *           "name": "string",
                     *           "organisationsExpected": 1,
                     *           "organisationsReported": 1,
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "ratio": 0,
                     *           "ratioDisplay": "string",
                     *           "band": "meets_target",
                     *           "flagged": true,
                     *           "gapWte": 0,
                     *           "counts": {
                     *             "meetsTarget": 1,
                     *             "shortOfTarget": 1,
                     *             "flagged": 1,
                     *             "noQualifiedStaff": 1
                     *           },
                     *           "distribution": {
                     *             "min": 0,
                     *             "p25": 0,
                     *             "median": 0,
                     *             "p75": 0,
                     *             "max": 0
                     *           },
                     *           "previousYear": {
                     *             "ratio": 0
                     *           }
                     *         },
                     *         "regions": [
                     *           {
                     *             "key": "string",
                     *             "name": "string",
                     *             "organisationsExpected": 1,
                     *             "organisationsReported": 1,
                     *             "staffWte": 0,
                     *             "qualifiedWte": 0,
                     *             "ratio": 0,
                     *             "ratioDisplay": "string",
                     *             "band": "meets_target",
                     *             "flagged": true,
                     *             "gapWte": 0,
                     *             "counts": {
                     *               "meetsTarget": 1,
                     *               "shortOfTarget": 1,
                     *               "flagged": 1,
                     *               "noQualifiedStaff": 1
                     *             },
                     *             "distribution": {
                     *               "min": 0,
                     *               "p25": 0,
                     *               "median": 0,
                     *               "p75": 0,
                     *               "max": 0
                     *             },
                     *             "previousYear": {
                     *               "ratio": 0
                     *             }
                     *           }
                     *         ],
                     *         "types": [
                     *           {
                     *             "key": "string",
                     *             "name": "string",
                     *             "organisationsExpected": 1,
                     *             "organisationsReported": 1,
                     *             "staffWte": 0,
                     *             "qualifiedWte": 0,
                     *             "ratio": 0,
                     *             "ratioDisplay": "string",
                     *             "band": "meets_target",
                     *             "flagged": true,
                     *             "gapWte": 0,
                     *             "counts": {
                     *               "meetsTarget": 1,
                     *               "shortOfTarget": 1,
                     *               "flagged": 1,
                     *               "noQualifiedStaff": 1
                     *             },
                     *             "distribution": {
                     *               "min": 0,
                     *               "p25": 0,
                     *               "median": 0,
                     *               "p75": 0,
                     *               "max": 0
                     *             },
                     *             "previousYear": {
                     *               "ratio": 0
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "organisations": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "type": "acute",
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "ratio": 0,
                     *           "ratioDisplay": "string",
                     *           "band": "meets_target",
                     *           "gapWte": 0
                     *         }
                     *       ],
                     *       "flagged": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "type": "acute",
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "ratio": 0,
                     *           "ratioDisplay": "string",
                     *           "band": "meets_target",
                     *           "gapWte": 0
                     *         }
                     *       ],
                     *       "completeness": {
                     *         "expected": 1,
                     *         "reported": 1,
                     *         "missing": [
                     *           {
                     *             "odsCode": "RJ1",
                     *             "name": "string",
                     *             "regionCode": "Y56",
                     *             "type": "acute"
                     *           }
                     *         ]
                     *       },
                     *       "excluded": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "reason": "string"
                     *         }
                     *       ],
                     *       "changes": {
                     *         "organisations": [
                     *           {
                     *             "odsCode": "RJ1",
                     *             "name": "string",
                     *             "before": {
                     *               "staffWte": 0,
                     *               "qualifiedWte": 0,
                     *               "ratio": 0,
                     *               "band": "meets_target"
                     *             },
                     *             "after": {
                     *               "staffWte": 0,
                     *               "qualifiedWte": 0,
                     *               "ratio": 0,
                     *               "band": "meets_target"
                     *             }
                     *           }
                     *         ],
                     *         "national": {
                     *           "before": {
                     *             "staffWte": 0,
                     *             "qualifiedWte": 0,
                     *             "ratio": 0,
                     *             "band": "meets_target"
                     *           },
                     *           "after": {
                     *             "staffWte": 0,
                     *             "qualifiedWte": 0,
                     *             "ratio": 0,
                     *             "band": "meets_target"
                     *           }
                     *         },
                     *         "regions": [
                     *           {
                     *             "key": "string",
                     *             "before": {
                     *               "staffWte": 0,
                     *               "qualifiedWte": 0,
                     *               "ratio": 0,
                     *               "band": "meets_target"
                     *             },
                     *             "after": {
                     *               "staffWte": 0,
                     *               "qualifiedWte": 0,
                     *               "ratio": 0,
                     *               "band": "meets_target"
                     *             }
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Publication"];
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLatestPublicationOrganisations: {
        parameters: {
            query?: {
                /** @description Only the organisations in this band (e.g. flagged) */
                band?: "meets_target" | "short_of_target" | "flagged";
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description Or Accept: text/csv; default JSON */
                format?: "json" | "csv" | "xlsx";
                /** @description Only the organisations of this region (e.g. Y56) */
                region?: string;
            };
            header?: never;
            path: {
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": "2024-25",
                     *       "version": 1,
                     *       "publishedAt": "2025-10-01T09:00:00.000Z",
                     *       "data": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "type": "acute",
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "ratio": 0,
                     *           "ratioDisplay": "string",
                     *           "band": "meets_target",
                     *           "gapWte": 0
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 1,
                     *         "offset": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PublicationOrganisations"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPendingChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": "2024-25",
                     *       "publication": {
                     *         "version": 1,
                     *         "publishedAt": "2025-10-01T09:00:00.000Z",
                     *         "url": "string"
                     *       },
                     *       "returns": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "type": "acute",
                     *           "change": "new",
                     *           "revision": 1,
                     *           "approved": true,
                     *           "published": {
                     *             "odsCode": "RJ1",
                     *             "name": "string",
                     *             "regionCode": "Y56",
                     *             "type": "acute",
                     *             "staffWte": 0,
                     *             "qualifiedWte": 0,
                     *             "ratio": 0,
                     *             "ratioDisplay": "string",
                     *             "band": "meets_target",
                     *             "gapWte": 0
                     *           },
                     *           "wouldBe": {
                     *             "odsCode": "RJ1",
                     *             "name": "string",
                     *             "regionCode": "Y56",
                     *             "type": "acute",
                     *             "staffWte": 0,
                     *             "qualifiedWte": 0,
                     *             "ratio": 0,
                     *             "ratioDisplay": "string",
                     *             "band": "meets_target",
                     *             "gapWte": 0
                     *           }
                     *         }
                     *       ],
                     *       "effect": {
                     *         "national": {
                     *           "before": {
                     *             "staffWte": 0,
                     *             "qualifiedWte": 0,
                     *             "ratio": 0,
                     *             "band": "meets_target"
                     *           },
                     *           "after": {
                     *             "staffWte": 0,
                     *             "qualifiedWte": 0,
                     *             "ratio": 0,
                     *             "band": "meets_target"
                     *           }
                     *         },
                     *         "regions": [
                     *           {
                     *             "key": "string",
                     *             "before": {
                     *               "staffWte": 0,
                     *               "qualifiedWte": 0,
                     *               "ratio": 0,
                     *               "band": "meets_target"
                     *             },
                     *             "after": {
                     *               "staffWte": 0,
                     *               "qualifiedWte": 0,
                     *               "ratio": 0,
                     *               "band": "meets_target"
                     *             }
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PendingChanges"];
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnnualReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/html */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicationVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The version number: 1, 2, … (one spelling per version, so caches hold each once) */
                version: string;
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": "2024-25",
                     *       "version": 1,
                     *       "publishedAt": "2025-10-01T09:00:00.000Z",
                     *       "note": "string",
                     *       "policy": {
                     *         "effectiveFrom": "2024-25",
                     *         "flagThreshold": 1,
                     *         "targetRatio": 1
                     *       },
                     *       "summary": {
                     *         "national": {
                     *           "key": "string",
                     *           "name": "string",
                     *           "organisationsExpected": 1,
                     *           "organisationsReported": 1,
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "ratio": 0,
                     *           "ratioDisplay": "string",
                     *           "band": "meets_target",
                     *           "flagged": true,
                     *           "gapWte": 0,
                     *           "counts": {
                     *             "meetsTarget": 1,
                     *             "shortOfTarget": 1,
                     *             "flagged": 1,
                     *             "noQualifiedStaff": 1
                     *           },
                     *           "distribution": {
                     *             "min": 0,
                     *             "p25": 0,
                     *             "median": 0,
                     *             "p75": 0,
                     *             "max": 0
                     *           },
                     *           "previousYear": {
                     *             "ratio": 0
                     *           }
                     *         },
                     *         "regions": [
                     *           {
                     *             "key": "string",
                     *             "name": "string",
                     *             "organisationsExpected": 1,
                     *             "organisationsReported": 1,
                     *             "staffWte": 0,
                     *             "qualifiedWte": 0,
                     *             "ratio": 0,
                     *             "ratioDisplay": "string",
                     *             "band": "meets_target",
                     *             "flagged": true,
                     *             "gapWte": 0,
                     *             "counts": {
                     *               "meetsTarget": 1,
                     *               "shortOfTarget": 1,
                     *               "flagged": 1,
                     *               "noQualifiedStaff": 1
                     *             },
                     *             "distribution": {
                     *               "min": 0,
                     *               "p25": 0,
                     *               "median": 0,
                     *               "p75": 0,
                     *               "max": 0
                     *             },
                     *             "previousYear": {
                     *               "ratio": 0
                     *             }
                     *           }
                     *         ],
                     *         "types": [
                     *           {
                     *             "key": "string",
                     *             "name": "string",
                     *             "organisationsExpected": 1,
                     *             "organisationsReported": 1,
                     *             "staffWte": 0,
                     *             "qualifiedWte": 0,
                     *             "ratio": 0,
                     *             "ratioDisplay": "string",
                     *             "band": "meets_target",
                     *             "flagged": true,
                     *             "gapWte": 0,
                     *             "counts": {
                     *               "meetsTarget": 1,
                     *               "shortOfTarget": 1,
                     *               "flagged": 1,
                     *               "noQualifiedStaff": 1
                     *             },
                     *             "distribution": {
                     *               "min": 0,
                     *               "p25": 0,
                     *               "median": 0,
                     *               "p75": 0,
                     *               "max": 0
                     *             },
                     *             "previousYear": {
                     *               "ratio": 0
                     *             }
                     *           }
                     *         ]
                     *       },
                     *       "organisations": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "type": "acute",
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "ratio": 0,
                     *           "ratioDisplay": "string",
                     *           "band": "meets_target",
                     *           "gapWte": 0
                     *         }
                     *       ],
                     *       "flagged": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "type": "acute",
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "ratio": 0,
                     *           "ratioDisplay": "string",
                     *           "band": "meets_target",
                     *           "gapWte": 0
                     *         }
                     *       ],
                     *       "completeness": {
                     *         "expected": 1,
                     *         "reported": 1,
                     *         "missing": [
                     *           {
                     *             "odsCode": "RJ1",
                     *             "name": "string",
                     *             "regionCode": "Y56",
                     *             "type": "acute"
                     *           }
                     *         ]
                     *       },
                     *       "excluded": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "reason": "string"
                     *         }
                     *       ],
                     *       "changes": {
                     *         "organisations": [
                     *           {
                     *             "odsCode": "RJ1",
                     *             "name": "string",
                     *             "before": {
                     *               "staffWte": 0,
                     *               "qualifiedWte": 0,
                     *               "ratio": 0,
                     *               "band": "meets_target"
                     *             },
                     *             "after": {
                     *               "staffWte": 0,
                     *               "qualifiedWte": 0,
                     *               "ratio": 0,
                     *               "band": "meets_target"
                     *             }
                     *           }
                     *         ],
                     *         "national": {
                     *           "before": {
                     *             "staffWte": 0,
                     *             "qualifiedWte": 0,
                     *             "ratio": 0,
                     *             "band": "meets_target"
                     *           },
                     *           "after": {
                     *             "staffWte": 0,
                     *             "qualifiedWte": 0,
                     *             "ratio": 0,
                     *             "band": "meets_target"
                     *           }
                     *         },
                     *         "regions": [
                     *           {
                     *             "key": "string",
                     *             "before": {
                     *               "staffWte": 0,
                     *               "qualifiedWte": 0,
                     *               "ratio": 0,
                     *               "band": "meets_target"
                     *             },
                     *             "after": {
                     *               "staffWte": 0,
                     *               "qualifiedWte": 0,
                     *               "ratio": 0,
                     *               "band": "meets_target"
                     *             }
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Publication"];
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPublicationVersionOrganisations: {
        parameters: {
            query?: {
                /** @description Only the organisations in this band (e.g. flagged) */
                band?: "meets_target" | "short_of_target" | "flagged";
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description Or Accept: text/csv; default JSON */
                format?: "json" | "csv" | "xlsx";
                /** @description Only the organisations of this region (e.g. Y56) */
                region?: string;
            };
            header?: never;
            path: {
                /** @description The version number: 1, 2, … (one spelling per version, so caches hold each once) */
                version: string;
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": "2024-25",
                     *       "version": 1,
                     *       "publishedAt": "2025-10-01T09:00:00.000Z",
                     *       "data": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "name": "string",
                     *           "regionCode": "Y56",
                     *           "type": "acute",
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "ratio": 0,
                     *           "ratioDisplay": "string",
                     *           "band": "meets_target",
                     *           "gapWte": 0
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 1,
                     *         "offset": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PublicationOrganisations"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRegions: {
        parameters: {
            query?: {
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                /** @description Items per page (default 50; for CSV, all items unless given), at most 1000 */
                limit?: string;
                /** @description Items to skip */
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "code": "Y56",
                     *           "name": "string"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 1,
                     *         "offset": 1
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Region"][];
                        meta: {
                            limit: number;
                            offset: number;
                            /** @description Items matching the filters, over all pages */
                            total: number;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "Y56",
                 *       "name": "string"
                 *     }
                 */
                "application/json": {
                    /** @example Y56 */
                    code: string;
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "Y56",
                     *       "name": "string"
                     *     }
                     */
                    "application/json": components["schemas"]["Region"];
                };
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReturns: {
        parameters: {
            query?: {
                band?: "meets_target" | "short_of_target" | "flagged";
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                /** @description Items per page (default 50; for CSV, all items unless given), at most 1000 */
                limit?: string;
                /** @description Items to skip */
                offset?: string;
                region?: string;
                /** @description Default: newest year first, then ODS code */
                sort?: "ratio" | "-ratio" | "odsCode" | "-gapWte";
                type?: "acute" | "integrated" | "mental_health" | "community" | "ambulance" | "specialist" | "icb" | "other";
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "odsCode": "RJ1",
                     *           "organisationName": "string",
                     *           "regionCode": "Y56",
                     *           "type": "acute",
                     *           "year": "2024-25",
                     *           "staffWte": 0,
                     *           "qualifiedWte": 0,
                     *           "roles": {
                     *             "clinicalLibrarianWte": 0,
                     *             "knowledgeManagerWte": 0,
                     *             "otherEmbeddedWte": 0
                     *           },
                     *           "staffSource": "string",
                     *           "staffSnapshotDate": "2025-03-31",
                     *           "comment": "string",
                     *           "ratio": 0,
                     *           "ratioDisplay": "string",
                     *           "band": "meets_target",
                     *           "flagged": true,
                     *           "gapWte": 0,
                     *           "policy": {
                     *             "effectiveFrom": "2024-25",
                     *             "flagThreshold": 1,
                     *             "targetRatio": 1
                     *           },
                     *           "revision": 1,
                     *           "submittedAt": "2025-10-01T09:00:00.000Z",
                     *           "submittedBy": "string",
                     *           "warnings": [
                     *             {
                     *               "code": "string",
                     *               "message": "string"
                     *             }
                     *           ],
                     *           "acknowledgedWarnings": [
                     *             "string"
                     *           ],
                     *           "via": {
                     *             "libraryService": "string"
                     *           },
                     *           "status": "submitted",
                     *           "approval": {
                     *             "revision": 1,
                     *             "at": "2025-10-01T09:00:00.000Z",
                     *             "by": {
                     *               "keyId": "string",
                     *               "name": "string",
                     *               "role": "string"
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 1,
                     *         "offset": 1
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["AnnualReturn"][];
                        meta: {
                            limit: number;
                            offset: number;
                            /** @description Items matching the filters, over all pages */
                            total: number;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitReturnsInBulk: {
        parameters: {
            query?: {
                /** @description true: any rejected row means nothing is applied (422) */
                atomic?: "true" | "false";
                /** @description true: check and compute every row, store nothing */
                dryRun?: "true" | "false";
            };
            header?: {
                /** @description Repeat the request safely: the same key and body replay the stored answer for 24 hours */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rows": [
                 *         {
                 *           "property1": null,
                 *           "property2": null
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["BulkReturnsInput"];
                "text/csv": string;
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "summary": {
                     *         "received": 1,
                     *         "created": 1,
                     *         "updated": 1,
                     *         "unchanged": 1,
                     *         "rejected": 1
                     *       },
                     *       "applied": true,
                     *       "dryRun": true,
                     *       "atomic": true,
                     *       "rows": [
                     *         {
                     *           "row": 1,
                     *           "odsCode": "string",
                     *           "year": "string",
                     *           "status": "created",
                     *           "errors": [
                     *             {
                     *               "pointer": "string",
                     *               "message": "string"
                     *             }
                     *           ],
                     *           "warnings": [
                     *             {
                     *               "code": "string",
                     *               "message": "string"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BulkResult"];
                };
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the limit */
            413: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unsupported Content-Type */
            415: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Atomic file with a rejected row (the result, nothing applied), or a reused Idempotency-Key (problem) */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkResult"] | components["schemas"]["Problem"];
                    "application/problem+json": components["schemas"]["BulkResult"] | components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listYears: {
        parameters: {
            query?: {
                /** @description true: CSV starts with a UTF-8 byte-order mark, so Excel reads names with accents right */
                bom?: "true" | "false";
                /** @description csv answers text/csv (as does Accept: text/csv); xlsx a spreadsheet with the same columns; for both, every item unless `limit` is given */
                format?: "json" | "csv" | "xlsx";
                /** @description Items per page (default 50; for CSV, all items unless given), at most 1000 */
                limit?: string;
                /** @description Items to skip */
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "X-Total-Count": components["headers"]["X-Total-Count"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "year": "2024-25",
                     *           "opensOn": "2025-03-31",
                     *           "deadline": "2025-03-31",
                     *           "closesOn": "2025-03-31",
                     *           "status": "upcoming"
                     *         }
                     *       ],
                     *       "meta": {
                     *         "total": 1,
                     *         "limit": 1,
                     *         "offset": 1
                     *       }
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["ReportingYear"][];
                        meta: {
                            limit: number;
                            offset: number;
                            /** @description Items matching the filters, over all pages */
                            total: number;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putYears: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "opensOn": "2025-03-31",
                 *       "deadline": "2025-03-31",
                 *       "closesOn": "2025-03-31"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date
                     * @description A date written YYYY-MM-DD, from 2000-01-01 to 2100-12-31
                     * @example 2025-03-31
                     */
                    closesOn: string;
                    /**
                     * Format: date
                     * @description A date written YYYY-MM-DD, from 2000-01-01 to 2100-12-31
                     * @example 2025-03-31
                     */
                    deadline: string;
                    /**
                     * Format: date
                     * @description A date written YYYY-MM-DD, from 2000-01-01 to 2100-12-31
                     * @example 2025-03-31
                     */
                    opensOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": "2024-25",
                     *       "opensOn": "2025-03-31",
                     *       "deadline": "2025-03-31",
                     *       "closesOn": "2025-03-31",
                     *       "status": "upcoming"
                     *     }
                     */
                    "application/json": components["schemas"]["ReportingYear"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    Location: components["headers"]["Location"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": "2024-25",
                     *       "opensOn": "2025-03-31",
                     *       "deadline": "2025-03-31",
                     *       "closesOn": "2025-03-31",
                     *       "status": "upcoming"
                     *     }
                     */
                    "application/json": components["schemas"]["ReportingYear"];
                };
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The API key does not allow this */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Well-formed but breaks a rule */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getYearProgress: {
        parameters: {
            query?: {
                region?: string;
            };
            header?: never;
            path: {
                /** @description NHS financial year, YYYY-YY (e.g. 2024-25) */
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": "2024-25",
                     *       "national": {
                     *         "expected": 1,
                     *         "reported": 1,
                     *         "approved": 1
                     *       },
                     *       "regions": [
                     *         {
                     *           "regionCode": "Y56",
                     *           "name": "string",
                     *           "expected": 1,
                     *           "reported": 1,
                     *           "approved": 1,
                     *           "missing": [
                     *             "RJ1"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["YearProgress"];
                };
            };
            /** @description Not modified: the ETag sent in If-None-Match still matches */
            304: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or a value is of the wrong shape */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No API key, or not a valid one */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests; see Retry-After */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is unavailable */
            503: {
                headers: {
                    "Retry-After": components["headers"]["Retry-After"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
