expose deployment nosuch --port=80
