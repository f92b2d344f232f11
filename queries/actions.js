// Every political action: who did what to whom, in which sentence.
// Replace the action with another ag: predicate to narrow it: criticises,
// supports, blames, agreesWith, succeeds, inspects, demandsResignationOf.
g.V().Has("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<https://w3id.org/actorgraph/ns#Event>")
  .Save("<https://w3id.org/actorgraph/ns#action>", "action")
  .Save("<https://w3id.org/actorgraph/ns#evidence>", "evidence")
  .Out("<https://w3id.org/actorgraph/ns#actor>").Save("<https://schema.org/name>", "who")
  .Back("").Out("<https://w3id.org/actorgraph/ns#target>").Save("<https://schema.org/name>", "whom")
  .All()
