get pods --show-labels
