"""The only package that imports spaCy: components, cues and the pipeline builder."""
