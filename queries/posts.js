// Who holds which post, at which body. Each result keeps its own tags, so
// there is no .Unique() here: on a large graph, start from one person or one
// body instead of all of them, e.g. g.V("<https://w3id.org/actorgraph/id/…>").
g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://www.w3.org/ns/org#Post>")
  .Save("<https://schema.org/name>", "post")
  .Out("<http://www.w3.org/ns/org#postIn>").Save("<https://schema.org/name>", "body")
  .Back("").In("<http://www.w3.org/ns/org#holds>").Save("<https://schema.org/name>", "person")
  .All()
