package export

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// CSV file names.
const (
	NodesCSV = "nodes.csv"
	EdgesCSV = "edges.csv"
)

// WriteNodesCSV writes the actor graph's nodes as CSV with a header row
// that Gephi's spreadsheet import reads as is: Id (the IRI), Label (the
// name), then the node attributes. List values are joined with ListSep.
func WriteNodesCSV(w io.Writer, g *ActorGraph) error {
	cw := csv.NewWriter(w)
	na := nodeAttrs()
	head := []string{"Id", "Label"}
	for _, a := range na {
		head = append(head, a.name)
	}
	cw.Write(head)
	for _, n := range g.Nodes {
		row := []string{n.ID, n.Name}
		for _, a := range na {
			row = append(row, a.val(n))
		}
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write %s: %w", NodesCSV, err)
	}
	return nil
}

// WriteEdgesCSV writes the actor graph's edges as CSV with a header row
// that Gephi's spreadsheet import reads as is: Id, Source, Target, Type
// (always Directed), Label, Weight, then the edge attributes.
func WriteEdgesCSV(w io.Writer, g *ActorGraph) error {
	cw := csv.NewWriter(w)
	ea := edgeAttrs()
	head := []string{"Id", "Source", "Target", "Type", "Label", "Weight"}
	for _, a := range ea {
		head = append(head, a.name)
	}
	cw.Write(head)
	for _, e := range g.Edges {
		row := []string{e.ID, e.Source, e.Target, "Directed", e.Label(), strconv.Itoa(e.Weight())}
		for _, a := range ea {
			row = append(row, a.val(e))
		}
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write %s: %w", EdgesCSV, err)
	}
	return nil
}

// WriteCSVDir writes nodes.csv and edges.csv into dir, creating it.
func WriteCSVDir(dir string, g *ActorGraph) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	for _, f := range []struct {
		name  string
		write func(io.Writer, *ActorGraph) error
	}{{NodesCSV, WriteNodesCSV}, {EdgesCSV, WriteEdgesCSV}} {
		var buf bytes.Buffer
		if err := f.write(&buf, g); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, f.name), buf.Bytes(), 0o644); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	return nil
}

// WriteCSVZip writes nodes.csv and edges.csv into a zip archive. The
// entries carry a fixed time, so that the same graph gives the same bytes.
func WriteCSVZip(w io.Writer, g *ActorGraph) error {
	zw := zip.NewWriter(w)
	for _, f := range []struct {
		name  string
		write func(io.Writer, *ActorGraph) error
	}{{NodesCSV, WriteNodesCSV}, {EdgesCSV, WriteEdgesCSV}} {
		fw, err := zw.CreateHeader(&zip.FileHeader{
			Name:     f.name,
			Method:   zip.Deflate,
			Modified: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC),
		})
		if err != nil {
			return fmt.Errorf("write csv zip: %w", err)
		}
		if err := f.write(fw, g); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write csv zip: %w", err)
	}
	return nil
}
