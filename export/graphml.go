package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
)

// WriteGraphML writes the actor graph as GraphML, for Gephi, yEd, Cytoscape
// and networkx: a directed graph whose nodes carry label (the name), name,
// type, kind, aliases, posts, articles and quotes, and whose edges carry
// label, predicate, role, articles, evidence, confidence, iri and weight
// (the number of articles asserting the edge). Empty attributes are left
// out. Parallel edges (A criticises and blames B) have their own ids.
func WriteGraphML(w io.Writer, g *ActorGraph) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">` + "\n")
	key := func(id, for_, name, typ string) {
		fmt.Fprintf(bw, "  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", id, for_, name, typ)
	}
	key("n_label", "node", "label", "string")
	key("n_name", "node", "name", "string")
	na, ea := nodeAttrs(), edgeAttrs()
	for _, a := range na {
		key("n_"+a.name, "node", a.name, a.typ)
	}
	key("e_label", "edge", "label", "string")
	key("e_weight", "edge", "weight", "int")
	for _, a := range ea {
		key("e_"+a.name, "edge", a.name, a.typ)
	}
	bw.WriteString(`  <graph id="actorgraph" edgedefault="directed">` + "\n")
	data := func(key, v string) {
		if v == "" {
			return
		}
		fmt.Fprintf(bw, "      <data key=%q>%s</data>\n", key, xmlText(v))
	}
	for _, n := range g.Nodes {
		fmt.Fprintf(bw, "    <node id=\"%s\">\n", xmlText(n.ID))
		data("n_label", n.Name)
		data("n_name", n.Name)
		for _, a := range na {
			data("n_"+a.name, a.val(n))
		}
		bw.WriteString("    </node>\n")
	}
	for _, e := range g.Edges {
		fmt.Fprintf(bw, "    <edge id=\"%s\" source=\"%s\" target=\"%s\">\n", e.ID, xmlText(e.Source), xmlText(e.Target))
		data("e_label", e.Label())
		data("e_weight", strconv.Itoa(e.Weight()))
		for _, a := range ea {
			data("e_"+a.name, a.val(e))
		}
		bw.WriteString("    </edge>\n")
	}
	bw.WriteString("  </graph>\n</graphml>\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write graphml: %w", err)
	}
	return nil
}

// xmlText escapes s for XML text and attribute values; characters XML may
// not hold become U+FFFD.
func xmlText(s string) string {
	var b xmlBuf
	xml.EscapeText(&b, []byte(s)) //nolint:errcheck // xmlBuf never fails
	return string(b)
}

type xmlBuf []byte

func (b *xmlBuf) Write(p []byte) (int, error) {
	*b = append(*b, p...)
	return len(p), nil
}
