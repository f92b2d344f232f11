// Who holds which post, at which body.
g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/Person>").Unique()
  .Save("<https://schema.org/name>", "person")
  .Out("<http://www.w3.org/ns/org#holds>").Unique().Save("<https://schema.org/name>", "post")
  .Out("<http://www.w3.org/ns/org#postIn>").Unique().Save("<https://schema.org/name>", "body")
  .All()
