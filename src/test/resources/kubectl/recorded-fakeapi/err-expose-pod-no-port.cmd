expose pod no-ports --name=noports
