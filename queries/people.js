// The people in the graph, each name once.
g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/Person>").Unique()
  .Out("<https://schema.org/name>").Unique()
  .All()
