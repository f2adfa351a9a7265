get deployment nosuch
