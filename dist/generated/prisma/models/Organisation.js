export {};
//# sourceMappingURL=Organisation.js.map