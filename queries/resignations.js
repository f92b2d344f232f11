// Who calls for whose resignation, with the sentence that says so and the
// article it comes from: every action is also an event node.
g.V().Has("<https://w3id.org/actorgraph/ns#action>", "<https://w3id.org/actorgraph/ns#demandsResignationOf>")
  .Save("<https://w3id.org/actorgraph/ns#evidence>", "evidence")
  .Save("<http://www.w3.org/ns/prov#wasDerivedFrom>", "article")
  .Out("<https://w3id.org/actorgraph/ns#actor>").Save("<https://schema.org/name>", "who")
  .Back("").Out("<https://w3id.org/actorgraph/ns#target>").Save("<https://schema.org/name>", "whom")
  .All()
