// .js under a package.json of "type": "module" is an ES module.
export async function handler() {
  return { esmByPackage: typeof require === 'undefined' };
}
