export {};
//# sourceMappingURL=AnnualReturn.js.map