expose deployment
