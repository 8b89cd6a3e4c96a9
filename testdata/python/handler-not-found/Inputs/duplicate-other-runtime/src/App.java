package example;

public class App {
  public String handleRequest(Object event) {
    return "ok";
  }
}
