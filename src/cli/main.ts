// Placeholder entry of the command-line tool; the analyser's CLI replaces it.
console.log('provenance-lens: analyser not built yet');
