// `npm run analyze`: the manifest comes from the class comment and the code.
export default {
  litelement: true,
  plugins: [
    {
      // `dispatchEvent(new TimelineSelectEvent(…))` reads to the analyzer as a nameless event; the
      // class comment's @fires already names each event with its type.
      name: 'drop-nameless-events',
      packageLinkPhase({ customElementsManifest }) {
        // Modules come in the file system's directory order, which differs between checkouts:
        // sort them, so that the committed manifest is the same on every machine.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((event) => event.name);
            // Private members are no one's contract; listing them only makes the manifest churn.
            if (decl.members) decl.members = decl.members.filter((member) => member.privacy !== 'private');
          }
        }
      },
    },
  ],
};
