"""The customer's procurement process as a flowchart: model, geometry, paths, checks, key questions."""
