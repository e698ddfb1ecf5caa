export {};
//# sourceMappingURL=Policy.js.map