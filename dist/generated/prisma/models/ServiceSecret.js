export {};
//# sourceMappingURL=ServiceSecret.js.map