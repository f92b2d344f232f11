// Who said what, and in which article.
g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://schema.org/Quotation>")
  .Save("<https://schema.org/text>", "text")
  .Save("<https://schema.org/isBasedOn>", "article")
  .Out("<https://schema.org/creator>").Save("<https://schema.org/name>", "speaker")
  .All()
