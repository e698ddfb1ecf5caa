export {};
//# sourceMappingURL=DataVersion.js.map