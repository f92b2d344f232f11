package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
)

// WriteCytoscape writes the actor graph as Cytoscape JSON (the "elements"
// format that Cytoscape desktop imports and Cytoscape.js reads):
// elements.nodes[].data holds id, name, color and the node attributes;
// elements.edges[].data holds id, source, target, interaction (the
// predicate's short name, Cytoscape's edge type), label, weight and the
// edge attributes. Integer attributes are JSON numbers.
func WriteCytoscape(w io.Writer, g *ActorGraph) error {
	bw := bufio.NewWriter(w)
	na, ea := nodeAttrs(), edgeAttrs()
	bw.WriteString("{\n  \"format_version\": \"1.0\",\n  \"generated_by\": \"actorgraph\",\n  \"target_cytoscapejs_version\": \"~3\",\n")
	bw.WriteString("  \"data\": {\"name\": \"actorgraph\"},\n  \"elements\": {\n    \"nodes\": [")
	for i, n := range g.Nodes {
		d := map[string]any{"id": n.ID, "name": n.Name, "shared_name": n.Name, "color": styleOf(n).Hex()}
		for _, a := range na {
			putJSON(d, a.name, a.typ, a.val(n))
		}
		if err := element(bw, i, d); err != nil {
			return fmt.Errorf("write cytoscape: %w", err)
		}
	}
	bw.WriteString("\n    ],\n    \"edges\": [")
	for i, e := range g.Edges {
		d := map[string]any{"id": e.ID, "source": e.Source, "target": e.Target,
			"interaction": e.Predicate, "shared_interaction": e.Predicate, "label": e.Label(), "weight": e.Weight()}
		for _, a := range ea {
			putJSON(d, a.name, a.typ, a.val(e))
		}
		if err := element(bw, i, d); err != nil {
			return fmt.Errorf("write cytoscape: %w", err)
		}
	}
	bw.WriteString("\n    ]\n  }\n}\n")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write cytoscape: %w", err)
	}
	return nil
}

func element(bw *bufio.Writer, i int, data map[string]any) error {
	b, err := marshal(map[string]any{"data": data}, "      ")
	if err != nil {
		return err
	}
	if i > 0 {
		bw.WriteByte(',')
	}
	bw.WriteString("\n      ")
	_, err = bw.Write(b)
	return err
}

// putJSON sets d[name] to v as a JSON value of the attribute's type; empty
// values are left out.
func putJSON(d map[string]any, name, typ, v string) {
	if v == "" {
		return
	}
	switch typ {
	case "int":
		if n, err := strconv.Atoi(v); err == nil {
			d[name] = n
			return
		}
	case "double":
		if f, err := strconv.ParseFloat(v, 64); err == nil {
			d[name] = f
			return
		}
	}
	d[name] = v
}
