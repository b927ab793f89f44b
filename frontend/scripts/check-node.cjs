// Runs before npm in the Maven build so a missing or old Node fails with a clear message
// instead of a cryptic syntax error deep inside Vite.
const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  console.error(
    `The frontend needs Node.js 20 or later; found ${process.version}. ` +
      'Install Node 20+, or build the backend alone with -Dfrontend.skip=true.',
  );
  process.exit(1);
}
