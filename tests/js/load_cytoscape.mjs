// Loads a policykg Cytoscape.js JSON export with cytoscape.js (headless) and prints what it holds
// as one JSON line: node and edge counts, node ids, and the attributes of the first edge.
// Usage: node load_cytoscape.mjs EXPORT.cyjs
import { readFileSync } from "node:fs";
import cytoscape from "cytoscape";

const exported = JSON.parse(readFileSync(process.argv[2], "utf8"));
const cy = cytoscape({ headless: true, styleEnabled: false, elements: exported.elements });
const negated = cy.edges("[polarity = 'negated']").length;
console.log(JSON.stringify({
  version: cytoscape.version,
  nodes: cy.nodes().length,
  edges: cy.edges().length,
  negated,
  ids: cy.nodes().map((n) => n.id()).sort(),
  sites: cy.nodes("[kind = 'site']").map((n) => n.data("label")).sort(),
  firstEdge: cy.edges()[0].data(),
}));
