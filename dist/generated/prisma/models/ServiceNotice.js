export {};
//# sourceMappingURL=ServiceNotice.js.map