package export

import (
	"bufio"
	"fmt"
	"io"
)

// WriteGEXF writes the actor graph as GEXF 1.2, Gephi's native format: the
// nodes labelled with their names and coloured by type and kind of body
// (viz:color), the edges labelled with their predicate's short name and
// weighted by the number of articles asserting them; the other attributes
// as in WriteGraphML, declared in <attributes>. Parallel edges have their
// own ids.
func WriteGEXF(w io.Writer, g *ActorGraph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	bw.WriteString(`<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">` + "\n")
	bw.WriteString("  <meta>\n    <creator>actorgraph</creator>\n    <description>people and bodies in the news and the relations among them</description>\n  </meta>\n")
	bw.WriteString(`  <graph defaultedgetype="directed" mode="static">` + "\n")
	na, ea := nodeAttrs(), edgeAttrs()
	gexfType := map[string]string{"string": "string", "int": "integer", "double": "double"}
	bw.WriteString(`    <attributes class="node" mode="static">` + "\n")
	for _, a := range na {
		fmt.Fprintf(bw, "      <attribute id=%q title=%q type=%q/>\n", a.name, a.name, gexfType[a.typ])
	}
	bw.WriteString("    </attributes>\n")
	bw.WriteString(`    <attributes class="edge" mode="static">` + "\n")
	for _, a := range ea {
		fmt.Fprintf(bw, "      <attribute id=%q title=%q type=%q/>\n", a.name, a.name, gexfType[a.typ])
	}
	bw.WriteString("    </attributes>\n")
	attvalues := func(vals [][2]string) {
		n := 0
		for _, v := range vals {
			if v[1] != "" {
				n++
			}
		}
		if n == 0 {
			return
		}
		bw.WriteString("        <attvalues>\n")
		for _, v := range vals {
			if v[1] != "" {
				fmt.Fprintf(bw, "          <attvalue for=\"%s\" value=\"%s\"/>\n", v[0], xmlText(v[1]))
			}
		}
		bw.WriteString("        </attvalues>\n")
	}
	bw.WriteString("    <nodes>\n")
	for _, n := range g.Nodes {
		fmt.Fprintf(bw, "      <node id=\"%s\" label=\"%s\">\n", xmlText(n.ID), xmlText(n.Name))
		vals := make([][2]string, 0, len(na))
		for _, a := range na {
			vals = append(vals, [2]string{a.name, a.val(n)})
		}
		attvalues(vals)
		st := styleOf(n)
		fmt.Fprintf(bw, "        <viz:color r=\"%d\" g=\"%d\" b=\"%d\"/>\n", st.R, st.G, st.B)
		bw.WriteString("      </node>\n")
	}
	bw.WriteString("    </nodes>\n    <edges>\n")
	for _, e := range g.Edges {
		fmt.Fprintf(bw, "      <edge id=\"%s\" source=\"%s\" target=\"%s\" label=\"%s\" weight=\"%d\">\n",
			e.ID, xmlText(e.Source), xmlText(e.Target), xmlText(e.Label()), e.Weight())
		vals := make([][2]string, 0, len(ea))
		for _, a := range ea {
			vals = append(vals, [2]string{a.name, a.val(e)})
		}
		attvalues(vals)
		bw.WriteString("      </edge>\n")
	}
	bw.WriteString("    </edges>\n  </graph>\n</gexf>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write gexf: %w", err)
	}
	return nil
}
