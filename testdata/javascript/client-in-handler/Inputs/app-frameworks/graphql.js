// A GraphQL server whose resolvers run on each invocation of its handler.
const { GraphQLServerLambda } = require("graphql-yoga");

const resolvers = {
  Query: {
    user: require("./resolvers/user").func,
  },
};

const lambda = new GraphQLServerLambda({ typeDefs: "type Query { user: String }", resolvers });

exports.handler = lambda.graphqlHandler;
