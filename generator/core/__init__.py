"""The shared core every stage stands on: problems, YAML with line numbers, the disk cache,
safe CSV, delivery-plan refs and the URL space. It imports nothing from the stages."""
