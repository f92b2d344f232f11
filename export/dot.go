package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/actorgraph/actorgraph/schema"
)

// WriteDOT writes the actor graph for Graphviz: nodes labelled with their
// names, shaped and filled by type and kind of body (people ellipses,
// councils boxes, parties hexagons, party groups octagons, government
// houses, regulators diamonds, boards components, media notes, companies
// cylinders), edges labelled with their predicate's short name (and the
// role, for posts), thicker the more articles assert them; memberships and
// posts dashed, hostile actions red, supportive ones green.
func WriteDOT(w io.Writer, g *ActorGraph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("digraph actorgraph {\n")
	bw.WriteString("  graph [rankdir=LR, overlap=false, splines=true, fontname=\"Helvetica\"];\n")
	bw.WriteString("  node [style=filled, fontname=\"Helvetica\", fontsize=11];\n")
	bw.WriteString("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n")
	for _, n := range g.Nodes {
		st := styleOf(n)
		fmt.Fprintf(bw, "  %s [label=%s, shape=%s, fillcolor=%s, tooltip=%s];\n",
			dotID(n.ID), dotID(n.Name), st.Shape, dotID(st.Hex()), dotID(n.ID))
	}
	for _, e := range g.Edges {
		fmt.Fprintf(bw, "  %s -> %s [label=%s, penwidth=%d", dotID(e.Source), dotID(e.Target), dotID(e.Label()), min(e.Weight(), 8))
		switch quad.IRI(e.IRI) {
		case schema.Holds, schema.MemberOf, schema.SubOrganizationOf:
			bw.WriteString(", style=dashed")
		case schema.DemandsResignationOf, schema.Criticises, schema.Blames:
			bw.WriteString(`, color="#c0392b", fontcolor="#c0392b"`)
		case schema.Supports, schema.AgreesWith:
			bw.WriteString(`, color="#2e7d32", fontcolor="#2e7d32"`)
		}
		bw.WriteString("];\n")
	}
	bw.WriteString("}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write dot: %w", err)
	}
	return nil
}

// dotID quotes s as a DOT string.
func dotID(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\r", "")
	return `"` + r.Replace(s) + `"`
}
