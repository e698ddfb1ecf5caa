export {};
//# sourceMappingURL=ReturnRevision.js.map