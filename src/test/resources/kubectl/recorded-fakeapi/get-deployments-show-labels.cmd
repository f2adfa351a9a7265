get deployments --show-labels
