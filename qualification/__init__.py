"""The pure qualification core: playbook, BANT and ICP scoring, stage, routing."""
