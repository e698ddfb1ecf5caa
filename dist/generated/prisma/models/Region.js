export {};
//# sourceMappingURL=Region.js.map