delete deployment nosuch
