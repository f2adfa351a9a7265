expose pod no-labels --port=80 --name=nolabels
