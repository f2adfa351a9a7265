create service foo bar
