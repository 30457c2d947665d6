"""The pluggy host: hookspecs, the exporter and reader contracts, the registry, atomic export."""
