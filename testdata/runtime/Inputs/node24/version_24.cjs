Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '24.0.0' } });
