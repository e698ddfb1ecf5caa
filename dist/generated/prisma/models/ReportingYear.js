export {};
//# sourceMappingURL=ReportingYear.js.map